package vn.bantin.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.article.ArticleRepository;
import vn.bantin.common.ProblemException;
import vn.bantin.slug.Slugs;

/** Categories, authors and tags as readers see them, each with the number of its publicly visible articles. */
@ApplicationScoped
public class Catalogue {
    private final ArticleRepository articles;

    public Catalogue(ArticleRepository articles) {
        this.articles = articles;
    }

    public <E extends CatalogueEntry, V> List<V> list(CatalogueKind<E, V> kind) {
        Map<Long, Long> counts = articles.countVisible(kind.countedBy());
        return entries(kind).stream()
                .map(e -> kind.view().apply(e, counts.getOrDefault(e.id, 0L)))
                .sorted(kind.order())
                .toList();
    }

    public <E extends CatalogueEntry, V> Optional<V> find(CatalogueKind<E, V> kind, String slug) {
        return entry(kind, slug).map(e -> kind.view().apply(e, articles.countVisible(kind.countedBy(), e.id)));
    }

    /** The entry's public view, or a 404 that names the kind. */
    public <E extends CatalogueEntry, V> V get(CatalogueKind<E, V> kind, String slug) {
        return find(kind, slug).orElseThrow(() -> notFound(kind, slug));
    }

    /** The entity itself, for editing; a 404 that names the kind when there is none. */
    public <E extends CatalogueEntry> E existing(CatalogueKind<E, ?> kind, String slug) {
        return entry(kind, slug).orElseThrow(() -> notFound(kind, slug));
    }

    public boolean isTaken(CatalogueKind<?, ?> kind, String slug) {
        return Panache.getEntityManager()
                        .createQuery(
                                "select count(e) from " + kind.entity().getSimpleName() + " e where e.slug = ?1",
                                Long.class)
                        .setParameter(1, slug)
                        .getSingleResult()
                > 0;
    }

    private static <E extends CatalogueEntry> List<E> entries(CatalogueKind<E, ?> kind) {
        return Panache.getEntityManager()
                .createQuery("select e from " + kind.entity().getSimpleName() + " e", kind.entity())
                .getResultList();
    }

    private static <E extends CatalogueEntry> Optional<E> entry(CatalogueKind<E, ?> kind, String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return Panache.getEntityManager()
                .createQuery("select e from " + kind.entity().getSimpleName() + " e where e.slug = ?1", kind.entity())
                .setParameter(1, slug)
                .getResultStream()
                .findFirst();
    }

    private static ProblemException notFound(CatalogueKind<?, ?> kind, String slug) {
        return ProblemException.notFound("No " + kind.word() + " has the slug '" + slug + "'");
    }
}
