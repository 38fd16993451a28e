package vn.bantin.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
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
    private final SearchQuery query;
    private final List<RelevanceLevel> levels;
    private final TsQuery matching;
    /** The page so far, and the rows of the leaves before it still to be passed over. */
    private final PageReader reader;

    /**
     * True until the first leaf is reached. The walk starts by diving straight to the leaf where every level
     * holds, without asking whether each held branch has any row: for most queries that leaf fills the first
     * page in one lookup, and the probes would have cost as much.
     */
    private boolean diving = true;

    /** {@code filters}: the list's conditions over article_search under the alias "s". */
    LevelWalk(EntityManager em, SearchQuery query, Sql filters, boolean editorial, PageRequest page, Instant now) {
        this.query = query;
        this.levels = RelevanceLevel.of(query);
        this.matching = PostgresSearch.matching(query);
        this.reader = new PageReader(em, filters, ArticleSort.RELEVANCE, editorial, page, now);
    }

    List<Long> page() {
        descend(0, List.of(), List.of(), false);
        return reader.page();
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
        if (reader.full()) {
            return;
        }
        if (depth == levels.size()) {
            // A leaf: its rows newest first, read a few months at a time (PageReader).
            reader.read(TsQuery.all(matchImplied ? conditions : with(conditions, matching)));
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
        boolean exists = diving
                || nearLeaves
                || reader.any(TsQuery.all(holdingImpliesMatch ? holding : with(holding, matching)));
        if (exists) {
            descend(depth + 1, holding, with(held, level), holdingImpliesMatch);
        }
        descend(depth + 1, exists ? with(conditions, terms.not()) : conditions, held, matchImplied);
    }

    private static <T> List<T> with(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }
}
