package vn.bantin.category;

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
public class Category extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 2000)
    public String description;

    /** Where the category stands in menus; the API calls it {@code position}. */
    @Column(name = "display_order", nullable = false)
    public int displayOrder;
}
