package vn.bantin.search;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.article.Visibility;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;

/**
 * PostgreSQL: a page of search results in relevance order, found level by level instead of by ranking every
 * match. The levels (Relevance) are walked as a tree, each one held or failed in turn, the held branch first; a
 * leaf is the set of rows with exactly that combination, newest first, and the leaves in this order are the
 * relevance order. Each step is one text-search query of article_search's GIN index (V7), the conditions so far
 * in one tsquery, so that PostgreSQL never re-checks a row's terms.
 *
 * <p>The walk first dives to the leaf where every level holds, which fills the first page of most queries in one
 * lookup. After that, a held branch is entered only if one row of it exists (except for the last two levels),
 * and where none does, the failed branch needs no condition for that level; a level that a held one implies is
 * skipped. Leaves before the page are counted, not read; a leaf is read a few months at a time; the walk stops
 * when the page is full. A broad query's first page then costs a few index lookups, not a score for each of its
 * tens of thousands of matches.
 */
final class LevelWalk {
    /** The month lexemes of article_search's terms (V7): "m:202406", the month of publication in Hanoi. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final EntityManager em;
    private final List<Relevance.Level> levels;
    private final String matching;
    private final Sql filters;
    private final Instant now;
    private final int size;
    private final List<Long> found = new ArrayList<>();
    private long toSkip;
    private YearMonth newestMonth;
    private boolean diving = true;

    /** {@code filters}: visibility and the list's filters over article_search under the alias "s". */
    LevelWalk(EntityManager em, SearchQuery query, Sql filters, PageRequest page, Instant now) {
        this.em = em;
        this.levels = Relevance.levels(query, "s", true);
        this.matching = SearchRepository.matching(query);
        this.filters = filters;
        this.now = now;
        this.toSkip = page.offset();
        this.size = page.size();
    }

    List<Long> page() {
        descend(0, List.of(), List.of(), false);
        return found;
    }

    static Sql termsMatch(String tsquery) {
        // A cast, not to_tsquery: the lexemes are made by hand (V7), PostgreSQL's parser would split some.
        return new Sql("s.terms @@ cast(? as tsquery)", tsquery);
    }

    static long count(EntityManager em, Sql filters, String tsquery) {
        Sql where = filters.copy();
        where.and(termsMatch(tsquery));
        return ((Number) where.bind(em.createNativeQuery("select count(*) from article_search s where " + where.text))
                .getSingleResult()).longValue();
    }

    private void descend(int depth, List<String> conditions, List<Relevance.Level> held, boolean matchImplied) {
        if (found.size() >= size) {
            return;
        }
        if (depth == levels.size()) {
            leaf(String.join(" & ", matchImplied ? conditions : with(conditions, matching)));
            diving = false;
            return;
        }
        Relevance.Level level = levels.get(depth);
        if (held.stream().anyMatch(h -> Relevance.implies(h, level))) {
            descend(depth + 1, conditions, held, matchImplied);
            return;
        }
        List<String> holding = with(conditions, level.terms());
        boolean holdingImpliesMatch = matchImplied || level.impliesMatch();
        // Near the leaves a probe costs about what the two or four leaves it could spare do.
        boolean nearLeaves = depth >= levels.size() - 2;
        boolean exists = diving || nearLeaves
                || any(String.join(" & ", holdingImpliesMatch ? holding : with(holding, matching)));
        if (exists) {
            List<Relevance.Level> heldNow = with(held, level);
            descend(depth + 1, holding, heldNow, holdingImpliesMatch);
        }
        descend(depth + 1, exists ? with(conditions, "!(" + level.terms() + ")") : conditions, held, matchImplied);
    }

    private void leaf(String leaf) {
        if (toSkip > 0) {
            long rows = count(em, filters, leaf);
            if (rows <= toSkip) {
                toSkip -= rows;
                return;
            }
            read(leaf, toSkip);
            toSkip = 0;
            return;
        }
        // Newest first a few months at a time (1, 2, 4, then 8 months back from the newest month with visible
        // bulletins), then the rest: a leaf of many rows fills the page from its last months without reading the
        // others. A leaf with nothing in its first month is probed once, as most leaves are empty.
        List<String> months = new ArrayList<>();
        YearMonth month = newestMonth();
        for (int span = 1; span <= 8 && found.size() < size; span *= 2) {
            List<String> window = new ArrayList<>();
            for (int i = 0; i < span; i++, month = month.minusMonths(1)) {
                window.add("'m:" + month.format(MONTH) + "'");
            }
            int before = found.size();
            read(leaf + " & (" + String.join(" | ", window) + ")", 0);
            months.addAll(window);
            if (span == 1 && found.size() == before && !any(leaf)) {
                return;
            }
        }
        if (found.size() < size) {
            read(leaf + " & !(" + String.join(" | ", months) + ")", 0);
        }
    }

    private YearMonth newestMonth() {
        if (newestMonth == null) {
            // Through the article table's index on published_at; article_search has none, on purpose (V7).
            Number newest = (Number) em.createNativeQuery("select cast(extract(epoch from max(a.published_at))"
                            + " as bigint) from article a where " + Visibility.sql("a", "?"))
                    .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now)).getSingleResult();
            Instant at = newest == null ? now : Instant.ofEpochSecond(newest.longValue());
            newestMonth = YearMonth.from(at.atZone(Hanoi.ZONE));
        }
        return newestMonth;
    }

    /** Adds the newest rows matching {@code tsquery} after {@code offset}, as many as the page still needs. */
    private void read(String tsquery, long offset) {
        Sql where = filters.copy();
        where.and(termsMatch(tsquery));
        @SuppressWarnings("unchecked")
        List<Object> rows = where.bind(em.createNativeQuery("select s.article_id from article_search s where "
                        + where.text + " order by s.published_at desc, s.article_id desc"))
                .setFirstResult((int) offset).setMaxResults(size - found.size()).getResultList();
        rows.forEach(r -> found.add(((Number) r).longValue()));
    }

    private boolean any(String tsquery) {
        Sql where = filters.copy();
        where.and(termsMatch(tsquery));
        return !where.bind(em.createNativeQuery("select 1 from article_search s where " + where.text))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static <T> List<T> with(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }
}
