package vn.bantin.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.bantin.readcache.ContentChanges;

/** A slug an article had before an edit; old links answer 301 to the current slug. */
@Entity
@EntityListeners(ContentChanges.class)
@Table(name = "article_slug_redirect")
public class ArticleSlugRedirect extends PanacheEntityBase {
    @Id
    @Column(length = 100)
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = vn.bantin.common.Clocks.now();
}
