package vn.bantin.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import vn.bantin.common.Timestamped;
import vn.bantin.readcache.ContentChanges;

@Entity
@EntityListeners(ContentChanges.class)
public class Author extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
    @SequenceGenerator(name = "author_seq", sequenceName = "author_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 4000)
    public String bio;

    @Column(name = "avatar_url", length = 1000)
    public String avatarUrl;
}
