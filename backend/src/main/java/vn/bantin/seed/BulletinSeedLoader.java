package vn.bantin.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.Html;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.slug.Slugs;

/**
 * Loads the committee's sample bulletin on the first start: the same category, author, time, view count, title
 * and paragraphs that it was published with, typos included.
 */
@ApplicationScoped
public class BulletinSeedLoader {
    static final String RESOURCE = "seed/bulletin-2024-07-10.json";
    private static final Logger LOG = Logger.getLogger(BulletinSeedLoader.class);

    private final ObjectMapper mapper;
    private final SeedMarkers markers;

    BulletinSeedLoader(ObjectMapper mapper, SeedMarkers markers) {
        this.mapper = mapper;
        this.markers = markers;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        SeedBulletin bulletin = read();
        QuarkusTransaction.requiringNew().run(() -> {
            if (markers.claim(RESOURCE)) {
                load(bulletin);
                LOG.infof("Loaded the sample bulletin '%s'", bulletin.title());
            }
        });
    }

    private void load(SeedBulletin bulletin) {
        Category category = Category.<Category>find("name", bulletin.category().name())
                .firstResultOptional()
                .orElseGet(() -> {
                    Category c = new Category();
                    c.name = bulletin.category().name();
                    c.slug = Slugs.unique(c.name, "chuyen-muc", s -> Category.count("slug", s) > 0);
                    c.displayOrder = 1;
                    c.persist();
                    return c;
                });
        Author author = Author.<Author>find("name", bulletin.author().name())
                .firstResultOptional()
                .orElseGet(() -> {
                    Author a = new Author();
                    a.name = bulletin.author().name();
                    a.slug = Slugs.unique(a.name, "tac-gia", s -> Author.count("slug", s) > 0);
                    a.persist();
                    return a;
                });
        Article article = new Article();
        article.title = bulletin.title();
        article.slug = Slugs.unique(article.title, "bai-viet", s -> Article.count("slug", s) > 0);
        article.bodyHtml = Html.paragraphs(bulletin.paragraphs());
        article.status = ArticleStatus.PUBLISHED;
        article.publishedAt = bulletin.publishedAt().toInstant();
        article.foldedViewCount = bulletin.viewCount();
        article.category = category;
        article.author = author;
        article.createdAt = article.publishedAt;
        article.persist();
    }

    private SeedBulletin read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return mapper.readValue(in, SeedBulletin.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
