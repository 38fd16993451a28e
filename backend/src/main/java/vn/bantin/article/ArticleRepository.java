package vn.bantin.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.tag.TagRef;

/**
 * Queries over publicly visible articles. Every list costs a fixed number of statements whatever its length:
 * one count, one page of articles with their category and author, one for the tags of the whole page.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {
    /** Articles sharing more of {@code :id}'s tags first; its category counts as one more shared thing. */
    private static final String RELATED = """
            select a.id from article a
            where %s and a.id <> ?
              and (a.category_id = ? or exists (
                   select 1 from article_tag mine join article_tag theirs on theirs.tag_id = mine.tag_id
                   where mine.article_id = ? and theirs.article_id = a.id))
            order by (case when a.category_id = ? then 1 else 0 end)
                   + (select count(*) from article_tag mine join article_tag theirs on theirs.tag_id = mine.tag_id
                      where mine.article_id = ? and theirs.article_id = a.id) desc,
                     a.published_at desc, a.id desc
            """;

    private final Clock clock;

    ArticleRepository(Clock clock) {
        this.clock = clock;
    }

    public record Found(List<Article> articles, Map<Long, List<TagRef>> tags, long total) {}

    public Found page(ArticleFilter filter, PageRequest page, Instant now) {
        Sql where = ArticleConditions.jpql(filter, now);
        long total = where.bind(getEntityManager()
                        .createQuery("select count(a) from Article a where " + where.jpql(), Long.class))
                .getSingleResult();
        if (page.offset() >= total) {
            return new Found(List.of(), Map.of(), total);
        }
        List<Article> articles = where.bind(getEntityManager()
                        .createQuery(
                                "select a from Article a join fetch a.category join fetch a.author where "
                                        + where.jpql() + " order by "
                                        + filter.sort().jpql(),
                                Article.class))
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new Found(articles, tagsOf(articles), total);
    }

    /** A publicly visible article's address and last change, for the sitemap. */
    public record Listed(String slug, Instant changedAt) {}

    /** Every publicly visible article, newest first, without loading the articles themselves. */
    public List<Listed> listVisible(Instant now) {
        Sql visible = ArticleConditions.visibleJpql(now);
        return visible.bind(getEntityManager()
                        .createQuery(
                                "select a.slug, a.updatedAt, a.publishedAt from Article a" + " where " + visible.jpql()
                                        + " order by " + ArticleSort.NEWEST.jpql(),
                                Object[].class))
                .getResultStream()
                .map(row -> new Listed((String) row[0], later((Instant) row[1], (Instant) row[2])))
                .toList();
    }

    /** A scheduled article's page changes when it appears, after its last edit. */
    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    public Optional<Article> findVisible(String slug, Instant now) {
        Sql where = new Sql("a.slug = ?", slug).and(ArticleConditions.visibleJpql(now));
        return where.bind(getEntityManager()
                        .createQuery(
                                "select a from Article a join fetch a.category"
                                        + " join fetch a.author left join fetch a.tags where " + where.jpql(),
                                Article.class))
                .getResultStream()
                .findFirst();
    }

    /** The current slug of a visible article that once had {@code oldSlug}. */
    public Optional<String> currentSlugOf(String oldSlug, Instant now) {
        Sql where = new Sql("r.slug = ?", oldSlug).and(ArticleConditions.visibleJpql(now));
        return where.bind(getEntityManager()
                        .createQuery(
                                "select a.slug from ArticleSlugRedirect r join r.article a" + " where " + where.jpql(),
                                String.class))
                .getResultStream()
                .findFirst();
    }

    public Found related(Article article, int limit, Instant now) {
        long id = article.id;
        long category = article.category.id;
        Sql related = ArticleConditions.visibleSql("a", now).inside(RELATED, id, category, id, category, id);
        @SuppressWarnings("unchecked")
        List<Number> ids = related.bind(getEntityManager().createNativeQuery(related.text()))
                .setMaxResults(limit)
                .getResultList();
        return byIds(ids.stream().map(Number::longValue).toList());
    }
    /** Articles with their category, author and tags, in the order of {@code ids}. */
    public Found byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Found(List.of(), Map.of(), 0);
        }
        Map<Long, Article> byId = getEntityManager()
                .createQuery(
                        "select a from Article a join fetch a.category" + " join fetch a.author where a.id in :ids",
                        Article.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Article> articles =
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new Found(articles, tagsOf(articles), articles.size());
    }

    /** What publicly visible articles are counted by, for the articleCount of categories, authors and tags. */
    public enum CountedBy {
        CATEGORY("a.category.id", "Article a"),
        AUTHOR("a.author.id", "Article a"),
        TAG("t.id", "Article a join a.tags t");

        private final String key;
        private final String from;

        CountedBy(String key, String from) {
            this.key = key;
            this.from = from;
        }
    }

    /** Visible articles per category, author or tag id, in one statement; ids without any are absent. */
    public Map<Long, Long> countVisible(CountedBy by) {
        return countVisible(by, null);
    }

    public long countVisible(CountedBy by, long id) {
        return countVisible(by, (Long) id).getOrDefault(id, 0L);
    }

    /** Articles in any status, archived ones included, in the category, by the author or with the tag. */
    public long countAny(CountedBy by, long id) {
        return getEntityManager()
                .createQuery("select count(a) from " + by.from + " where " + by.key + " = ?1", Long.class)
                .setParameter(1, id)
                .getSingleResult();
    }

    private Map<Long, Long> countVisible(CountedBy by, Long onlyId) {
        Sql where = ArticleConditions.visibleJpql(clock.instant());
        if (onlyId != null) {
            where.and(by.key + " = ?", onlyId);
        }
        return where.bind(getEntityManager()
                        .createQuery(
                                "select " + by.key + ", count(a) from " + by.from + " where " + where.jpql()
                                        + " group by " + by.key,
                                Object[].class))
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The tags of many articles in one statement, each article's by name. */
    Map<Long, List<TagRef>> tagsOf(List<Article> articles) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select a.id, t.slug, t.name from Article a"
                                + " join a.tags t where a.id in :ids order by t.name, t.slug",
                        Object[].class)
                .setParameter("ids", articles.stream().map(a -> a.id).toList())
                .getResultList();
        Map<Long, List<TagRef>> tags = new LinkedHashMap<>();
        for (Object[] row : rows) {
            tags.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                    .add(new TagRef((String) row[1], (String) row[2]));
        }
        return tags;
    }
}
