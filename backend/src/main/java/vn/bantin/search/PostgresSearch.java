package vn.bantin.search;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;

/**
 * PostgreSQL: every group of the query must be among the terms of the narrow article_search table (V7, kept by
 * a trigger), whose one term vector, stored out of line, is only read through its GIN index. Relevance is found
 * level by level ({@link LevelWalk}); the other sorts read the matches' rows, which carry what they sort by
 * (V12), a few months or magnitudes of views at a time ({@link PageReader}). The matches are counted meanwhile.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearch implements SearchEngine {
    private final EntityManager em;
    /**
     * Counts the matches while the page is found, on a connection of its own. Both are one pass over the rows of a
     * broad query (at 100,000 bulletins, "ngày": 88,000 rows, about 20 ms each), and the page does not need the
     * total: one after the other, they were the slowest searches.
     */
    private final ExecutorService counting;

    PostgresSearch(EntityManager em, BantinConfig config) {
        this.em = em;
        this.counting = Executors.newFixedThreadPool(config.search().maxConcurrent(), task -> {
            Thread thread = new Thread(task, "bantin-search-count");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    // A transaction of its own, so that the planner settings below stay with this search.
    @Override
    @Transactional
    public Hits search(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        if (query.groups().isEmpty()) {
            return new Hits(List.of(), 0); // nothing but punctuation: no word to find
        }
        Sql filters = filters(filter, now);
        TsQuery matching = matching(query);
        Future<Long> total =
                counting.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                    plan();
                    return count(em, filters, matching);
                }));
        plan();
        List<Long> ids;
        if (filter.sort() == ArticleSort.RELEVANCE) {
            ids = new LevelWalk(em, query, filters, filter.editorial(), page, now).page();
        } else {
            PageReader reader = new PageReader(em, filters, filter.sort(), filter.editorial(), page, now);
            reader.readOnly(matching);
            ids = reader.page();
        }
        return new Hits(ids, result(total));
    }

    private static long result(Future<Long> total) {
        try {
            return total.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting search results", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * PostgreSQL does not price the reading of out-of-line values, and would rather scan article_search reading
     * every row's terms than use the index: sequential scans are off in this transaction. Workers are not worth
     * starting for scans of a few milliseconds.
     */
    private void plan() {
        for (String setting : List.of("enable_seqscan", "max_parallel_workers_per_gather")) {
            em.createNativeQuery("set local " + setting + " = 0").executeUpdate();
        }
    }

    /** The list's conditions over article_search under the alias "s". */
    private static Sql filters(ArticleFilter filter, Instant now) {
        return ArticleConditions.sql(filter, now, "s", "s.article_id");
    }

    /** The query's words among article_search's terms: every group, each as any of its phrases. */
    static TsQuery matching(SearchQuery query) {
        return TsQuery.everyGroup(Terms.ANYWHERE, query);
    }

    /** What a relevance level means over article_search's terms. */
    static TsQuery terms(RelevanceLevel level, SearchQuery query) {
        return switch (level) {
            case PHRASE_IN_TITLE -> TsQuery.phrase(Terms.TITLE, query.words());
            case ALL_IN_TITLE -> TsQuery.everyGroup(Terms.TITLE, query);
            case PHRASE_IN_SUMMARY -> TsQuery.phrase(Terms.SUMMARY, query.words());
            case ALL_IN_SUMMARY -> TsQuery.everyGroup(Terms.SUMMARY, query);
            case PHRASE_ANYWHERE -> TsQuery.phrase(Terms.ANYWHERE, query.words());
            case ACCENTED -> TsQuery.phrase(Terms.ACCENTED, RelevanceLevel.accentedWords(query));
        };
    }

    /** The filters and {@code terms} over article_search under the alias "s". */
    static Sql where(Sql filters, TsQuery terms) {
        return filters.copy().and("s.terms @@ cast(? as tsquery)", terms.toString());
    }

    static long count(EntityManager em, Sql filters, TsQuery terms) {
        Sql where = where(filters, terms);
        return ((Number) where.bind(em.createNativeQuery("select count(*) from article_search s where " + where.text()))
                        .getSingleResult())
                .longValue();
    }

    /** The page in relevance order with every match scored: what the walk must equal (LevelByLevelTest). */
    @Transactional
    List<Long> rankedOverAllMatches(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        plan();
        List<RelevanceLevel> levels = RelevanceLevel.of(query);
        Sql score = new Sql("0");
        for (RelevanceLevel level : levels) {
            score.append(
                    " + case when s.terms @@ cast(? as tsquery) then " + RelevanceLevel.weight(levels, level)
                            + " else 0 end",
                    terms(level, query).toString());
        }
        Sql where = where(filters(filter, now), matching(query));
        Sql select = new Sql("select s.article_id, ")
                .append(score)
                .append(" as score from article_search s where ")
                .append(where)
                .append(" order by score desc, " + ArticleSort.RELEVANCE.sql("s", "s.article_id"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.bind(em.createNativeQuery(select.text()))
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    /** A page in a sort other than relevance read window by window, or in one statement: the two must agree. */
    @Transactional
    List<Long> sorted(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now, boolean byWindows) {
        plan();
        PageReader reader = new PageReader(em, filters(filter, now), filter.sort(), filter.editorial(), page, now);
        if (byWindows) {
            reader.readByWindows(matching(query));
        } else {
            reader.readRows(matching(query));
        }
        return reader.page();
    }

    /** The page in relevance order, found level by level. */
    @Transactional
    List<Long> walk(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        plan();
        return new LevelWalk(em, query, filters(filter, now), filter.editorial(), page, now).page();
    }
}
