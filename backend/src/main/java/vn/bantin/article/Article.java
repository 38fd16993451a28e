package vn.bantin.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.LazyGroup;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.Timestamped;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.readcache.ContentChanges;
import vn.bantin.search.SearchText;
import vn.bantin.tag.Tag;

@Entity
@EntityListeners(ContentChanges.class)
public class Article extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 2000)
    public String summary;

    @Column(name = "body_html", nullable = false, length = 1_000_000)
    public String bodyHtml;

    @Column(name = "cover_image_url", length = 1000)
    public String coverImageUrl;

    /** The cover's size when it is one of our media images (V9), for the reader's srcset. */
    @Column(name = "cover_width")
    public Integer coverWidth;

    @Column(name = "cover_height")
    public Integer coverHeight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** For notices that stop being public, such as a work schedule. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /**
     * The views folded in so far, which lists sort by: behind the exact count by at most the fold interval (V6).
     * Only ever changed by {@code view_count = view_count + n} in SQL, never read-modify-write: an editor's save
     * leaves it alone.
     */
    @Column(name = "view_count", nullable = false, updatable = false)
    public long foldedViewCount;

    /** Every committed view: the folded ones and those still pending. */
    @Formula("view_count + coalesce((select p.views from article_view_pending p where p.article_id = id), 0)")
    public long viewCount;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Author author;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    /** The account that made the current state; null for what was loaded at start. */
    @Column(name = "updated_by", length = 50)
    public String updatedBy;

    // Folded texts for search, derived from the fields above on every write (SearchText); never on the wire, and
    // never read back: lazy, so that a page of 100 search results does not load two more copies of each body.
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("search")
    @Column(name = "search_title", length = 2000)
    public String searchTitle;

    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("search")
    @Column(name = "search_summary", length = 4000)
    public String searchSummary;

    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("search")
    @Column(name = "search_all", length = 1_000_000)
    public String searchAll;

    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("search")
    @Column(name = "search_accented", length = 1_000_000)
    public String searchAccented;

    @PrePersist
    @PreUpdate
    void keepSearchTextCurrent() {
        SearchText.Folded folded = SearchText.of(title, summary, bodyHtml, author == null ? null : author.name);
        searchTitle = folded.title();
        searchSummary = folded.summary();
        searchAll = folded.all();
        searchAccented = folded.accented();
    }
}
