package vn.bantin.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleSort;

/**
 * PostgreSQL: a page of search results in relevance order, found level by level instead of by ranking every
 * match. The levels ({@link RelevanceLevel}) are walked as a tree, each one held or failed in turn, the held
 * branch first; a leaf is the set of rows with exactly that combination, newest first, and the leaves in this
 * order are the relevance order. Each step is one text-search query of article_search's GIN index (V7), the
 * conditions so far in one tsquery, so that PostgreSQL never re-checks a row's terms. A broad query's first
 * page then costs a few index lookups, not a score for each of its tens of thousands of matches.
 */
final class LevelWalk {
    private final EntityManager em;
    private final SearchQuery query;
    private final List<RelevanceLevel> levels;
    private final TsQuery matching;
    private final Sql filters;
    private final Instant now;
    private final int size;
    /** The page so far, in order. */
    private final List<Long> found = new ArrayList<>();
    /** Rows of the leaves before the page still to be passed over: counted, never read. */
    private long toSkip;

    private YearMonth newestMonth;
    /**
     * True until the first leaf is reached. The walk starts by diving straight to the leaf where every level
     * holds, without asking whether each held branch has any row: for most queries that leaf fills the first
     * page in one lookup, and the probes would have cost as much.
     */
    private boolean diving = true;

    /** {@code filters}: visibility and the list's filters over article_search under the alias "s". */
    LevelWalk(EntityManager em, SearchQuery query, Sql filters, PageRequest page, Instant now) {
        this.em = em;
        this.query = query;
        this.levels = RelevanceLevel.of(query);
        this.matching = PostgresSearch.matching(query);
        this.filters = filters;
        this.now = now;
        this.toSkip = page.offset();
        this.size = page.size();
    }

    List<Long> page() {
        descend(0, List.of(), List.of(), false);
        return found;
    }

    /**
     * Walks the levels from {@code depth} on: the branch where this level holds, then the one where it fails.
     * {@code conditions}: the tsqueries of the branch so far; {@code held}: its levels that hold;
     * {@code matchImplied}: a held level already implies the query's match, which the leaf need not repeat.
     * After the dive, a held branch is entered only if one row of it exists (except for the last two levels),
     * and where none does, the failed branch needs no condition for that level; a level that a held one implies
     * is skipped, as its failed branch is empty.
     */
    private void descend(int depth, List<TsQuery> conditions, List<RelevanceLevel> held, boolean matchImplied) {
        if (found.size() >= size) {
            return;
        }
        if (depth == levels.size()) {
            leaf(TsQuery.all(matchImplied ? conditions : with(conditions, matching)));
            diving = false;
            return;
        }
        RelevanceLevel level = levels.get(depth);
        if (held.stream().anyMatch(h -> h.implies(level))) {
            descend(depth + 1, conditions, held, matchImplied);
            return;
        }
        TsQuery terms = PostgresSearch.terms(level, query);
        List<TsQuery> holding = with(conditions, terms);
        boolean holdingImpliesMatch = matchImplied || level.impliesMatch();
        // Near the leaves a probe costs about what the two or four leaves it could spare do.
        boolean nearLeaves = depth >= levels.size() - 2;
        boolean exists =
                diving || nearLeaves || any(TsQuery.all(holdingImpliesMatch ? holding : with(holding, matching)));
        if (exists) {
            descend(depth + 1, holding, with(held, level), holdingImpliesMatch);
        }
        descend(depth + 1, exists ? with(conditions, terms.not()) : conditions, held, matchImplied);
    }

    private void leaf(TsQuery leaf) {
        if (toSkip > 0) {
            long rows = PostgresSearch.count(em, filters, leaf);
            if (rows <= toSkip) {
                toSkip -= rows;
                return;
            }
            read(leaf, toSkip);
            toSkip = 0;
            return;
        }
        // Newest first a few months at a time (1, 2, 4, then 8 months back from the newest month with visible
        // bulletins; V7's "m:" terms), then the rest: a leaf of many rows fills the page from its last months
        // without reading the others. A leaf with nothing in its first month is probed once, as most are empty.
        List<TsQuery> months = new ArrayList<>();
        YearMonth month = newestMonth();
        for (int span = 1; span <= 8 && found.size() < size; span *= 2) {
            List<TsQuery> window = new ArrayList<>();
            for (int i = 0; i < span; i++, month = month.minusMonths(1)) {
                window.add(TsQuery.term(Terms.month(month)));
            }
            int before = found.size();
            read(leaf.and(TsQuery.any(window)), 0);
            months.addAll(window);
            if (span == 1 && found.size() == before && !any(leaf)) {
                return;
            }
        }
        if (found.size() < size) {
            read(leaf.and(TsQuery.any(months).not()), 0);
        }
    }

    private YearMonth newestMonth() {
        if (newestMonth == null) {
            // Through the article table's index on published_at; article_search has none, on purpose (V7).
            Sql visible = ArticleConditions.visibleSql("a", now);
            Number newest = (Number) visible.bind(em.createNativeQuery("select cast(extract(epoch from"
                            + " max(a.published_at)) as bigint) from article a where " + visible.text()))
                    .getSingleResult();
            Instant at = newest == null ? now : Instant.ofEpochSecond(newest.longValue());
            newestMonth = YearMonth.from(at.atZone(Hanoi.ZONE));
        }
        return newestMonth;
    }

    /** Adds the newest rows matching {@code terms} after {@code offset}, as many as the page still needs. */
    private void read(TsQuery terms, long offset) {
        Sql where = PostgresSearch.where(filters, terms);
        @SuppressWarnings("unchecked")
        List<Object> rows = where.bind(em.createNativeQuery("select s.article_id from article_search s where "
                        + where.text() + " order by " + ArticleSort.RELEVANCE.sql("s", "s.article_id")))
                .setFirstResult((int) offset)
                .setMaxResults(size - found.size())
                .getResultList();
        rows.forEach(r -> found.add(((Number) r).longValue()));
    }

    private boolean any(TsQuery terms) {
        Sql where = PostgresSearch.where(filters, terms);
        return !where.bind(em.createNativeQuery("select 1 from article_search s where " + where.text()))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static <T> List<T> with(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }
}
