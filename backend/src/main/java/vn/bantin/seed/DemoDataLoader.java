package vn.bantin.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.Html;
import vn.bantin.slug.Slugs;
import vn.bantin.tag.Tag;

/**
 * Loads invented bulletins when {@code bantin.demo-data.enabled} is true (BANTIN_DEMO_DATA=true): for tests,
 * the SPA's browser tests and benchmarks. Each seed and size loads once (claimed before loading: a load cut
 * short by a crash is not resumed).
 */
@ApplicationScoped
public class DemoDataLoader {
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final int BATCH = 500;
    private static final int CHUNK = 2_000;

    private final BantinConfig config;
    private final SeedMarkers markers;
    private final EntityManager em;

    DemoDataLoader(BantinConfig config, SeedMarkers markers, EntityManager em) {
        this.config = config;
        this.markers = markers;
        this.em = em;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        BantinConfig.DemoData demo = config.demoData();
        if (!demo.enabled()) {
            return;
        }
        long started = System.nanoTime();
        Catalogue catalogue = QuarkusTransaction.requiringNew()
                .call(() -> markers.claim("demo:" + demo.seed() + ":" + demo.articles()) ? catalogue() : null);
        if (catalogue != null) {
            // Chunks of their own transactions: one huge transaction makes H2 keep an undo log of everything.
            List<DemoBulletins.Bulletin> bulletins = DemoBulletins.generate(demo.seed(), demo.articles());
            Set<String> slugs = QuarkusTransaction.requiringNew()
                    .call(() -> new HashSet<>(em.createQuery("select a.slug from Article a", String.class)
                            .getResultList()));
            for (int from = 0; from < bulletins.size(); from += CHUNK) {
                List<DemoBulletins.Bulletin> chunk = bulletins.subList(from, Math.min(from + CHUNK, bulletins.size()));
                QuarkusTransaction.requiringNew().timeout(600).run(() -> load(chunk, catalogue, slugs));
            }
            LOG.infof(
                    "Loaded %d demo bulletins (seed %d) in %d ms",
                    demo.articles(), demo.seed(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private record Catalogue(List<Long> sections, List<Long> authors, List<Long> tags) {}

    private Catalogue catalogue() {
        List<Long> sections = new ArrayList<>();
        for (int i = 0; i < DemoBulletins.SECTIONS.size(); i++) {
            DemoBulletins.Section section = DemoBulletins.SECTIONS.get(i);
            Category category = Category.<Category>find("name", section.name())
                    .firstResultOptional()
                    .orElseGet(Category::new);
            if (category.id == null) {
                category.name = section.name();
                category.description = section.description();
                category.slug = Slugs.unique(category.name, "chuyen-muc", s -> Category.count("slug", s) > 0);
                category.displayOrder = 10 + i;
                category.persist();
            }
            sections.add(category.id);
        }
        List<Long> authors = DemoBulletins.AUTHORS.stream()
                .map(name -> Author.<Author>find("name", name)
                        .firstResultOptional()
                        .orElseGet(() -> {
                            Author author = new Author();
                            author.name = name;
                            author.slug = Slugs.unique(name, "tac-gia", s -> Author.count("slug", s) > 0);
                            author.persist();
                            return author;
                        })
                        .id)
                .toList();
        List<Long> tags = DemoBulletins.TAGS.stream()
                .map(name -> Tag.<Tag>find("name", name)
                        .firstResultOptional()
                        .orElseGet(() -> {
                            Tag tag = new Tag();
                            tag.name = name;
                            tag.slug = Slugs.unique(name, "the", s -> Tag.count("slug", s) > 0);
                            tag.persist();
                            return tag;
                        })
                        .id)
                .toList();
        return new Catalogue(sections, authors, tags);
    }

    private void load(List<DemoBulletins.Bulletin> bulletins, Catalogue catalogue, Set<String> slugs) {
        List<Long> sections = catalogue.sections();
        List<Long> authors = catalogue.authors();
        List<Long> tags = catalogue.tags();
        for (int i = 0; i < bulletins.size(); i++) {
            DemoBulletins.Bulletin b = bulletins.get(i);
            Article article = new Article();
            article.title = b.title();
            article.slug = Slugs.unique(b.title(), "bai-viet", slugs::contains);
            slugs.add(article.slug);
            article.summary = b.summary();
            article.bodyHtml = Html.paragraphs(b.paragraphs());
            article.status = b.status();
            article.publishedAt = b.publishedAt();
            article.expiresAt = b.expiresAt();
            article.foldedViewCount = b.viewCount();
            article.category = em.getReference(Category.class, sections.get(b.section()));
            article.author = em.getReference(Author.class, authors.get(b.author()));
            b.tags().forEach(t -> article.tags.add(em.getReference(Tag.class, tags.get(t))));
            article.createdAt = b.publishedAt();
            em.persist(article);
            if ((i + 1) % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
    }
}
