package vn.bantin.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;

/**
 * PostgreSQL: every group of the query must be among the terms of the narrow article_search table (V7, kept by
 * a trigger), whose one term vector, stored out of line, is only read through its GIN index. Relevance is found
 * level by level ({@link LevelWalk}); the other sorts read the matches' rows, which carry what they sort by
 * (V12), and count them in the same statement.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearch implements SearchEngine {
    private final EntityManager em;

    PostgresSearch(EntityManager em) {
        this.em = em;
    }

    // A transaction of its own, so that the planner settings below stay with this search.
    @Override
    @Transactional
    public Hits search(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        if (query.groups().isEmpty()) {
            return new Hits(List.of(), 0); // nothing but punctuation: no word to find
        }
        plan();
        Sql filters = ArticleConditions.sql(filter, now, "s", "s.article_id");
        TsQuery matching = matching(query);
        if (filter.sort() != ArticleSort.RELEVANCE) {
            return sorted(filters, matching, filter.sort(), page);
        }
        long total = count(em, filters, matching);
        if (page.offset() >= total) {
            return new Hits(List.of(), total);
        }
        return new Hits(new LevelWalk(em, query, filters, page, now).page(), total);
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

    /**
     * The page in a sort other than relevance and the number of all matches, in one statement: one pass over the
     * matches' rows (fifty thousand for the broadest queries), which the count needed anyway.
     */
    private Hits sorted(Sql filters, TsQuery matching, ArticleSort sort, PageRequest page) {
        if (page.offset() > Integer.MAX_VALUE) {
            return new Hits(List.of(), count(em, filters, matching));
        }
        Sql where = where(filters, matching);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(
                        em.createNativeQuery("select s.article_id, count(*) over ()" + " from article_search s where "
                                + where.text() + " order by " + sort.sql("s", "s.article_id")))
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = rows.isEmpty() ? count(em, filters, matching) : ((Number) rows.get(0)[1]).longValue();
        return new Hits(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(), total);
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
        Sql where = where(ArticleConditions.sql(filter, now, "s", "s.article_id"), matching(query));
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

    /** The page in relevance order, found level by level. */
    @Transactional
    List<Long> walk(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        plan();
        return new LevelWalk(em, query, ArticleConditions.sql(filter, now, "s", "s.article_id"), page, now).page();
    }
}
