package vn.bantin.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bantin.article.ArticleFilter;
import vn.bantin.article.ArticleSort;
import vn.bantin.article.Visibility;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;

/**
 * Finds the ids of visible articles matching a query, ranked (Relevance), in plain SQL over the folded texts.
 * Every group of the query must match search_all as whole words: on PostgreSQL as a text-search query over the
 * words and word pairs in the term vectors of the narrow article_search table (GIN index, V7), on H2 as LIKEs
 * ("% word %") over the candidates its full-text index names (one lookup per word or phrase).
 */
@ApplicationScoped
public class SearchRepository {
    static final int MAX_CANDIDATES = 20_000;

    private final EntityManager em;
    private final boolean h2;

    SearchRepository(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.em = em;
        this.h2 = dbKind.toLowerCase(Locale.ROOT).contains("h2");
    }

    public record Hits(List<Long> ids, long total) {
    }

    // A transaction of its own, so that the planner setting below stays with this search.
    @Transactional
    public Hits search(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        if (!h2 && !query.groups().isEmpty()) {
            return searchPostgres(query, filter, page, now);
        }
        Sql where = where(query, filter, now);
        if (page.offset() > Integer.MAX_VALUE) {
            return new Hits(List.of(), count(where, page)); // past the last page of any possible answer
        }
        Sql score = Relevance.score(Relevance.levels(query, "a", false));
        String order = switch (filter.sort()) {
            case OLDEST -> "a.published_at asc, a.id asc";
            case MOST_VIEWED -> "a.view_count desc, a.published_at desc, a.id desc";
            case NEWEST -> "a.published_at desc, a.id desc";
            case LAST_EDITED -> "a.updated_at desc, a.id desc";
            case RELEVANCE -> "score desc, a.published_at desc, a.id desc";
        };
        Sql select = new Sql("select a.id, " + score.text + " as score, count(*) over () as total"
                + " from article a where " + where.text + " order by " + order);
        select.params.addAll(score.params);
        select.params.addAll(where.params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.bind(em.createNativeQuery(select.text))
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = rows.isEmpty() ? count(where, page) : ((Number) rows.get(0)[2]).longValue();
        return new Hits(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(), total);
    }

    /** Only for a page past the last, which has no row to carry the total. */
    private long count(Sql where, PageRequest page) {
        if (page.offset() == 0) {
            return 0;
        }
        Query count = em.createNativeQuery("select count(*) from article a where " + where.text);
        return ((Number) where.bind(count).getSingleResult()).longValue();
    }

    /**
     * PostgreSQL: over article_search (V7), narrow rows whose one term vector, stored out of line, is only read
     * through its GIN index. PostgreSQL does not price the reading of out-of-line values, and would rather scan
     * the table reading every row's terms: sequential scans are off in this transaction. Workers are not worth
     * starting for scans of a few milliseconds.
     */
    private Hits searchPostgres(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        for (String setting : List.of("enable_seqscan", "max_parallel_workers_per_gather")) {
            em.createNativeQuery("set local " + setting + " = 0").executeUpdate();
        }
        Sql filters = filters(filter, now, "s", "s.article_id");
        long total = LevelWalk.count(em, filters, matching(query));
        if (page.offset() >= total) {
            return new Hits(List.of(), total);
        }
        List<Long> ids = filter.sort() == ArticleSort.RELEVANCE
                ? levelByLevel(query, filter, page, now)
                : sortedOverAllMatches(query, filter, page, now);
        return new Hits(ids, total);
    }

    /** The query's words as a text-search query over article_search's terms: every group, each as any phrase. */
    static String matching(SearchQuery query) {
        return Relevance.allGroups(query, "");
    }

    /** PostgreSQL: the page of all matches in the filter's order (relevance: every match scored). */
    List<Long> sortedOverAllMatches(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        Sql where = filters(filter, now, "s", "s.article_id");
        where.and(LevelWalk.termsMatch(matching(query)));
        Sql score = Relevance.score(Relevance.levels(query, "s", true));
        String order = switch (filter.sort()) {
            case OLDEST -> "s.published_at asc, s.article_id asc";
            case MOST_VIEWED -> "(select a.view_count from article a where a.id = s.article_id) desc,"
                    + " s.published_at desc, s.article_id desc";
            case NEWEST -> "s.published_at desc, s.article_id desc";
            case LAST_EDITED -> "(select a.updated_at from article a where a.id = s.article_id) desc, s.article_id desc";
            case RELEVANCE -> "score desc, s.published_at desc, s.article_id desc";
        };
        boolean ranked = filter.sort() == ArticleSort.RELEVANCE;
        Sql select = new Sql("select s.article_id, " + (ranked ? score.text : "0") + " as score"
                + " from article_search s where " + where.text + " order by " + order);
        if (ranked) {
            select.params.addAll(score.params);
        }
        select.params.addAll(where.params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.bind(em.createNativeQuery(select.text))
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    /** PostgreSQL: the page in relevance order, found level by level (LevelWalk). */
    List<Long> levelByLevel(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        return new LevelWalk(em, query, filters(filter, now, "s", "s.article_id"), page, now).page();
    }

    /** Visibility and the list filters, over a table under {@code alias} whose article id is {@code id}. */
    private static Sql filters(ArticleFilter filter, Instant now, String alias, String id) {
        Sql sql;
        if (filter.editorial()) {
            sql = new Sql(Visibility.statusIn(alias, filter.statuses()));
        } else {
            sql = new Sql(Visibility.sql(alias, "?"));
            sql.params.add(Timestamp.from(now));
            sql.params.add(Timestamp.from(now));
        }
        if (filter.category() != null) {
            sql.and(alias + ".category_id = (select c.id from category c where c.slug = ?)", filter.category());
        }
        if (filter.author() != null) {
            sql.and(alias + ".author_id = (select w.id from author w where w.slug = ?)", filter.author());
        }
        if (filter.tag() != null) {
            sql.and("exists (select 1 from article_tag x join tag t on t.id = x.tag_id"
                    + " where x.article_id = " + id + " and t.slug = ?)", filter.tag());
        }
        if (filter.from() != null) {
            sql.and(alias + ".published_at >= ?", Timestamp.from(Hanoi.startOf(filter.from())));
        }
        if (filter.to() != null) {
            sql.and(alias + ".published_at < ?", Timestamp.from(Hanoi.startOf(filter.to().plusDays(1))));
        }
        return sql;
    }

    private Sql where(SearchQuery query, ArticleFilter filter, Instant now) {
        Sql sql = filters(filter, now, "a", "a.id");
        if (query.groups().isEmpty()) {
            sql.and("1 = 0"); // nothing but punctuation: no word to find
            return sql;
        }
        Set<Long> candidates = null;
        for (List<List<String>> group : query.groups()) {
            List<String> alternatives = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            Set<Long> inGroup = new HashSet<>();
            for (List<String> phrase : group) {
                String words = String.join(" ", phrase);
                alternatives.add("a.search_all like ?");
                params.add("% " + words + " %");
                inGroup.addAll(fullTextMatches(words));
            }
            sql.and("(" + String.join(" or ", alternatives) + ")", params.toArray());
            if (candidates == null) {
                candidates = inGroup;
            } else {
                candidates.retainAll(inGroup);
            }
        }
        if (candidates != null && candidates.size() <= MAX_CANDIDATES) {
            // H2 cannot index LIKE '%…%': its full-text index names the candidates, the LIKEs check phrases.
            // Past MAX_CANDIDATES the index hardly narrows the search (and H2 arrays stop at 65,536): scan.
            sql.and("a.id = any(?)", (Object) candidates.toArray(new Long[0]));
        }
        return sql;
    }

    /** Ids of the articles whose search_all has every one of the words, from H2's full-text index. */
    private List<Long> fullTextMatches(String words) {
        @SuppressWarnings("unchecked")
        List<Object> keys = em.createNativeQuery("select cast(ft.keys[1] as bigint) from ft_search_data(?, 0, 0) ft")
                .setParameter(1, words).getResultList();
        return keys.stream().map(k -> ((Number) k).longValue()).toList();
    }
}
