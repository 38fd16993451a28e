package vn.bantin.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import vn.bantin.catalogue.CatalogueEntry;

@Entity
public class Category extends CatalogueEntry {
    @Column(length = 2000)
    public String description;

    /** Where the category stands in menus; the API calls it {@code position}. */
    @Column(name = "display_order", nullable = false)
    public int displayOrder;
}
