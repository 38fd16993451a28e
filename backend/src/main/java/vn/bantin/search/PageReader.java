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
 * PostgreSQL: fills one page of search results with the rows of one tsquery after another, each read in
 * publication order (newest first, or oldest first) — the leaves of {@link LevelWalk}, or a search sorted by date.
 * The rows before the page are counted, never read. For the public's lists, a tsquery is read a few months at a
 * time (V7's "m:" terms: 1, 2, 4, then 8 months from the first month with visible bulletins, then all the others),
 * so that a page of a word found in every bulletin reads the rows of a month or two instead of sorting all of its
 * matches: at 100,000 bulletins, "ngày" (88,000 matches) cost 45 to 55 ms a page sorted whole, a month's 1,300
 * rows about 2. The editors' lists hold drafts, which have no month and sort first: they are read whole.
 */
final class PageReader {
    /** Up to this many rows, a tsquery is read in one statement: sorting them costs less than the windows' lookups. */
    static final int FEW = 5_000;

    private final EntityManager em;
    private final Sql filters;
    private final ArticleSort sort;
    private final boolean byMonths;
    private final Instant now;
    private final int size;
    private final List<Long> page = new ArrayList<>();
    /** Rows before the page still to be passed over. */
    private long toSkip;

    private YearMonth firstMonth;

    /** {@code filters}: the list's conditions over article_search under the alias "s". */
    PageReader(EntityManager em, Sql filters, ArticleSort sort, boolean editorial, PageRequest page, Instant now) {
        this.em = em;
        this.filters = filters;
        this.sort = sort;
        this.byMonths = !editorial
                && (sort == ArticleSort.NEWEST || sort == ArticleSort.OLDEST || sort == ArticleSort.RELEVANCE);
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
        if (byMonths) {
            readByMonths(terms);
        } else {
            readRows(terms);
        }
    }

    /**
     * Adds the rows of the page's only tsquery, whose rows are counted elsewhere: whether it has few, to be read in
     * one statement, is asked by counting no further than that.
     */
    void readOnly(TsQuery terms) {
        if (!byMonths) {
            readRows(terms);
            return;
        }
        long rows = countUpTo(terms, FEW + 1);
        if (rows > FEW) {
            readByMonths(terms);
        } else if (rows > toSkip) {
            readRows(terms);
        } // else the page is past the last row
    }

    void readByMonths(TsQuery terms) {
        List<TsQuery> months = new ArrayList<>();
        YearMonth month = firstMonth();
        for (int span = 1; span <= 8 && !full(); span *= 2) {
            List<TsQuery> window = new ArrayList<>();
            for (int i = 0;
                    i < span;
                    i++, month = sort == ArticleSort.OLDEST ? month.plusMonths(1) : month.minusMonths(1)) {
                window.add(TsQuery.term(Terms.month(month)));
            }
            boolean empty = readWindow(terms.and(TsQuery.any(window))) == 0;
            months.addAll(window);
            // Most of LevelWalk's leaves are empty: when the first month has nothing, one probe of the whole leaf.
            if (span == 1 && empty && !any(terms)) {
                return;
            }
        }
        if (!full()) {
            readWindow(terms.and(TsQuery.any(months).not()));
        }
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

    /** The month of the newest (or the oldest) visible bulletin, where the windows start. */
    private YearMonth firstMonth() {
        if (firstMonth == null) {
            // Through the article table's index on published_at; article_search has none, on purpose (V7).
            Sql visible = ArticleConditions.visibleSql("a", now);
            String end = sort == ArticleSort.OLDEST ? "min" : "max";
            Number at = (Number) visible.bind(em.createNativeQuery("select cast(floor(extract(epoch from " + end
                            + "(a.published_at))) as bigint) from article a where " + visible.text()))
                    .getSingleResult();
            Instant first = at == null ? now : Instant.ofEpochSecond(at.longValue());
            firstMonth = YearMonth.from(first.atZone(Hanoi.ZONE));
        }
        return firstMonth;
    }
}
