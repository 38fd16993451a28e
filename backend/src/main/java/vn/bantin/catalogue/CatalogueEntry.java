package vn.bantin.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import vn.bantin.common.Timestamped;
import vn.bantin.readcache.ContentChanges;

/** What categories, authors and tags share: an id, a unique slug and a name; their changes empty the read cache. */
@MappedSuperclass
@EntityListeners(ContentChanges.class)
public abstract class CatalogueEntry extends Timestamped {
    /**
     * Each entity draws from its own sequence, which Hibernate names after it: {@code category_seq},
     * {@code author_seq}, {@code tag_seq} (V1, 50 at a time as Hibernate's default allocation expects).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;
}
