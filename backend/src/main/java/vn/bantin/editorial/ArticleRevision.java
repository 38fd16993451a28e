package vn.bantin.editorial;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The stored form of a {@link Revision}: the whole article as JSON (V8). */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {
    @Embeddable
    public record Key(
            @Column(name = "article_id") long articleId,
            @Column(name = "version") long version) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "edited_by", nullable = false, length = 50)
    public String editedBy;

    @Column(name = "edited_at", nullable = false)
    public Instant editedAt;

    @Column(name = "article", nullable = false)
    public String article;
}
