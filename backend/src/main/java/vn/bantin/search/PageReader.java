package vn.bantin.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleSort;

/**
 * PostgreSQL: fills one page of search results with the rows of one tsquery after another, each read in the list's
 * order — the leaves of {@link LevelWalk} (newest first), or a search sorted by date or by views. The rows before
 * the page are counted, never read. For the public's lists a tsquery is read a window at a time, a window being
 * rows that one of article_search's terms puts together in that order (V7's months "m:202606", V13's magnitudes of
 * views "v:7"): 1, 2, 4, then 8 windows from the first that has visible bulletins, then all the others. A page of a
 * word found in every bulletin then reads the rows of a month or two instead of sorting all of its matches: at
 * 100,000 bulletins, "ngày" (88,000 matches) cost 45 to 55 ms a page sorted whole, a month's 1,300 rows about 2.
 * The editors' lists hold drafts, which have no month (or one far ahead) and sort first: they are read whole.
 */
final class PageReader {
    /** Up to this many rows, a tsquery is read in one statement: sorting them costs less than the windows' lookups. */
    static final int FEW = 5_000;

    private final EntityManager em;
    private final Sql filters;
    private final ArticleSort sort;
    /** Windows of rows in the sort's order, or none: read whole. */
    private final boolean byWindows;

    private final Instant now;
    private final int size;
    private final List<Long> page = new ArrayList<>();
    /** Rows before the page still to be passed over. */
    private long toSkip;

    /** The term of the i-th window, found once the first window is known. */
    private IntFunction<String> windows;

    /** {@code filters}: the list's conditions over article_search under the alias "s". */
    PageReader(EntityManager em, Sql filters, ArticleSort sort, boolean editorial, PageRequest page, Instant now) {
        this.em = em;
        this.filters = filters;
        this.sort = sort;
        this.byWindows = !editorial && sort != ArticleSort.LAST_EDITED;
        this.now = now;
        this.size = page.size();
        this.toSkip = page.offset();
    }

    boolean full() {
        return page.size() >= size;
    }

    List<Long> page() {
        return page;
    }

    /**
     * Adds the rows matching {@code terms}, in order, once the rows still to be skipped are passed over. Whether
     * the page starts among these rows is asked first, by counting no further than the rows to skip.
     */
    void read(TsQuery terms) {
        if (full()) {
            return;
        }
        if (toSkip > 0) {
            long rows = countUpTo(terms, toSkip + 1);
            if (rows <= toSkip) {
                toSkip -= rows;
                return;
            }
        }
        if (byWindows) {
            readByWindows(terms);
        } else {
            readRows(terms);
        }
    }

    /**
     * Adds the rows of the page's only tsquery, whose rows are counted elsewhere: whether it has few, to be read in
     * one statement, is asked by counting no further than that.
     */
    void readOnly(TsQuery terms) {
        if (!byWindows) {
            readRows(terms);
            return;
        }
        long rows = countUpTo(terms, FEW + 1);
        if (rows > FEW) {
            readByWindows(terms);
        } else if (rows > toSkip) {
            readRows(terms);
        } // else the page is past the last row
    }

    void readByWindows(TsQuery terms) {
        List<TsQuery> passed = new ArrayList<>();
        int next = 0;
        for (int span = 1; span <= 8 && !full(); span *= 2) {
            List<TsQuery> window = new ArrayList<>();
            for (int end = next + span; next < end; next++) {
                String term = windowTerm(next);
                if (term != null) {
                    window.add(TsQuery.term(term));
                }
            }
            if (window.isEmpty()) {
                return; // no magnitudes of views left: every row was in a window
            }
            boolean empty = readWindow(terms.and(TsQuery.any(window))) == 0;
            passed.addAll(window);
            // Most of LevelWalk's leaves are empty: when the first window has nothing, one probe of the whole leaf.
            if (span == 1 && empty && !any(terms)) {
                return;
            }
        }
        if (!full() && windowTerm(next) != null) {
            readWindow(terms.and(TsQuery.any(passed).not()));
        }
    }

    /** The term of the {@code i}th window in the sort's order; null past the last. */
    private String windowTerm(int i) {
        if (windows == null) {
            windows = windowsFromFirst();
        }
        return windows.apply(i);
    }

    /** Reads a window's rows or passes over all of them; how many rows it met, at least (0: none at all). */
    private long readWindow(TsQuery window) {
        if (toSkip > 0) {
            long rows = countUpTo(window, toSkip + 1);
            if (rows <= toSkip) {
                toSkip -= rows;
                return rows;
            }
            readRows(window);
            return rows;
        }
        int before = page.size();
        readRows(window);
        return page.size() - before;
    }

    /** Adds the rows matching {@code terms} after those to skip, as many as the page still needs. */
    void readRows(TsQuery terms) {
        Sql where = PostgresSearch.where(filters, terms);
        @SuppressWarnings("unchecked")
        List<Object> rows = where.bind(em.createNativeQuery("select s.article_id from article_search s where "
                        + where.text() + " order by " + sort.sql("s", "s.article_id")))
                .setFirstResult(Math.toIntExact(toSkip))
                .setMaxResults(size - page.size())
                .getResultList();
        rows.forEach(r -> page.add(((Number) r).longValue()));
        toSkip = 0;
    }

    /** How many rows match {@code terms}, counted no further than {@code limit}. */
    private long countUpTo(TsQuery terms, long limit) {
        Sql where = PostgresSearch.where(filters, terms);
        return ((Number) where.bind(em.createNativeQuery("select count(*) from (select 1 from article_search s where "
                                + where.text() + " limit " + limit + ") r"))
                        .getSingleResult())
                .longValue();
    }

    boolean any(TsQuery terms) {
        return countUpTo(terms, 1) > 0;
    }

    /**
     * The windows from where they start: the month of the newest (or the oldest) visible bulletin, or the magnitude
     * of the most viewed one's views, down to none. Through the article table's indexes on published_at and
     * view_count; article_search has none, on purpose (V7).
     */
    private IntFunction<String> windowsFromFirst() {
        Sql visible = ArticleConditions.visibleSql("a", now);
        if (sort == ArticleSort.MOST_VIEWED) {
            Number most = (Number) visible.bind(
                            em.createNativeQuery("select max(a.view_count) from article a where " + visible.text()))
                    .getSingleResult();
            int first = Terms.magnitude(most == null ? 0 : most.longValue());
            return i -> first - i < 0 ? null : Terms.views(first - i);
        }
        String end = sort == ArticleSort.OLDEST ? "min" : "max";
        Number at = (Number) visible.bind(em.createNativeQuery("select cast(floor(extract(epoch from " + end
                        + "(a.published_at))) as bigint) from article a where " + visible.text()))
                .getSingleResult();
        YearMonth first = YearMonth.from((at == null ? now : Instant.ofEpochSecond(at.longValue())).atZone(Hanoi.ZONE));
        return i -> Terms.month(sort == ArticleSort.OLDEST ? first.plusMonths(i) : first.minusMonths(i));
    }
}
