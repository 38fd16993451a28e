package vn.bantin.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import vn.bantin.catalogue.CatalogueEntry;

@Entity
public class Author extends CatalogueEntry {
    @Column(length = 4000)
    public String bio;

    @Column(name = "avatar_url", length = 1000)
    public String avatarUrl;
}
