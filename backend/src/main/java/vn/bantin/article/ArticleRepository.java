package vn.bantin.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;
import vn.bantin.tag.TagRef;

/**
 * Queries over publicly visible articles. Every list costs a fixed number of statements whatever its length:
 * one count, one page of articles with their category and author, one for the tags of the whole page.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {
    private static final List<ArticleStatus> PUBLIC_STATUSES = Visibility.PUBLIC_STATUSES;
    private static final String VISIBLE = Visibility.JPQL;

    /** Articles sharing more of {@code :id}'s tags first; its category counts as one more shared thing. */
    private static final String RELATED = """
            select a.id from article a
            where a.id <> :id and %s
              and (a.category_id = :categoryId or exists (
                   select 1 from article_tag mine join article_tag theirs on theirs.tag_id = mine.tag_id
                   where mine.article_id = :id and theirs.article_id = a.id))
            order by (case when a.category_id = :categoryId then 1 else 0 end)
                   + (select count(*) from article_tag mine join article_tag theirs on theirs.tag_id = mine.tag_id
                      where mine.article_id = :id and theirs.article_id = a.id) desc,
                     a.published_at desc, a.id desc
            """.formatted(Visibility.sql("a", ":now"));

    public record Found(List<Article> articles, Map<Long, List<TagRef>> tags, long total) {
    }

    public Found page(ArticleFilter filter, PageRequest page, Instant now) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (filter.editorial()) {
            where.append("a.status in :statuses");
            params.put("statuses", filter.statuses());
        } else {
            where.append(VISIBLE);
            params.put("public", PUBLIC_STATUSES);
            params.put("now", now);
        }
        if (filter.category() != null) {
            where.append(" and a.category.slug = :category");
            params.put("category", filter.category());
        }
        if (filter.author() != null) {
            where.append(" and a.author.slug = :author");
            params.put("author", filter.author());
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from Article x join x.tags t where x.id = a.id and t.slug = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.from() != null) {
            where.append(" and a.publishedAt >= :from");
            params.put("from", Hanoi.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and a.publishedAt < :before");
            params.put("before", Hanoi.startOf(filter.to().plusDays(1)));
        }

        long total = bind(getEntityManager().createQuery("select count(a) from Article a where " + where,
                Long.class), params).getSingleResult();
        if (page.offset() >= total) {
            return new Found(List.of(), Map.of(), total);
        }
        List<Article> articles = bind(getEntityManager().createQuery(
                "select a from Article a join fetch a.category join fetch a.author where " + where
                        + " order by " + filter.sort().jpqlOrder, Article.class), params)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new Found(articles, tagsOf(articles), total);
    }

    /** A publicly visible article's address and last change, for the sitemap. */
    public record Listed(String slug, Instant changedAt) {
    }

    /** Every publicly visible article, newest first, without loading the articles themselves. */
    public List<Listed> listVisible(Instant now) {
        return getEntityManager().createQuery("select a.slug, a.updatedAt, a.publishedAt from Article a where "
                        + VISIBLE + " order by a.publishedAt desc, a.id desc", Object[].class)
                .setParameter("public", PUBLIC_STATUSES).setParameter("now", now)
                .getResultStream()
                .map(row -> new Listed((String) row[0], later((Instant) row[1], (Instant) row[2])))
                .toList();
    }

    /** A scheduled article's page changes when it appears, after its last edit. */
    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    public Optional<Article> findVisible(String slug, Instant now) {
        return getEntityManager().createQuery("select a from Article a join fetch a.category join fetch a.author"
                        + " left join fetch a.tags where a.slug = :slug and " + VISIBLE, Article.class)
                .setParameter("slug", slug)
                .setParameter("public", PUBLIC_STATUSES)
                .setParameter("now", now)
                .getResultStream().findFirst();
    }

    /** The current slug of a visible article that once had {@code oldSlug}. */
    public Optional<String> currentSlugOf(String oldSlug, Instant now) {
        return getEntityManager().createQuery("select a.slug from ArticleSlugRedirect r join r.article a"
                        + " where r.slug = :slug and " + VISIBLE, String.class)
                .setParameter("slug", oldSlug)
                .setParameter("public", PUBLIC_STATUSES)
                .setParameter("now", now)
                .getResultStream().findFirst();
    }

    public Found related(Article article, int limit, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery(RELATED)
                .setParameter("id", article.id)
                .setParameter("categoryId", article.category.id)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        return byIds(ids.stream().map(Number::longValue).toList());
    }

    /** Articles with their category, author and tags, in the order of {@code ids}. */
    public Found byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Found(List.of(), Map.of(), 0);
        }
        Map<Long, Article> byId = getEntityManager().createQuery("select a from Article a join fetch a.category"
                        + " join fetch a.author where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Article> articles = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
    public Map<Long, Long> countVisible(CountedBy by, Instant now) {
        return countVisible(by, now, null);
    }

    public long countVisible(CountedBy by, Instant now, long id) {
        return countVisible(by, now, (Long) id).getOrDefault(id, 0L);
    }

    private Map<Long, Long> countVisible(CountedBy by, Instant now, Long onlyId) {
        String jpql = "select " + by.key + ", count(a) from " + by.from + " where " + VISIBLE
                + (onlyId == null ? "" : " and " + by.key + " = :id") + " group by " + by.key;
        TypedQuery<Object[]> query = getEntityManager().createQuery(jpql, Object[].class)
                .setParameter("public", PUBLIC_STATUSES)
                .setParameter("now", now);
        if (onlyId != null) {
            query.setParameter("id", onlyId);
        }
        return query.getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The tags of many articles in one statement, each article's by name. */
    Map<Long, List<TagRef>> tagsOf(List<Article> articles) {
        if (articles.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.id, t.slug, t.name from Article a"
                        + " join a.tags t where a.id in :ids order by t.name, t.slug", Object[].class)
                .setParameter("ids", articles.stream().map(a -> a.id).toList())
                .getResultList();
        Map<Long, List<TagRef>> tags = new LinkedHashMap<>();
        for (Object[] row : rows) {
            tags.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                    .add(new TagRef((String) row[1], (String) row[2]));
        }
        return tags;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
