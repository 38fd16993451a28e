package vn.bantin.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
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
    /** The month lexemes of article_search's terms (V7): "m:202406", the month of publication in Hanoi. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

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
        long total = count(filters, matching(query));
        if (page.offset() >= total) {
            return new Hits(List.of(), total);
        }
        List<Long> ids = filter.sort() == ArticleSort.RELEVANCE
                ? levelByLevel(query, filter, page, now)
                : sortedOverAllMatches(query, filter, page, now);
        return new Hits(ids, total);
    }

    /** The query's words as a text-search query over article_search's terms: every group, each as any phrase. */
    private static String matching(SearchQuery query) {
        return Relevance.allGroups(query, "");
    }

    /** PostgreSQL: the page of all matches in the filter's order (relevance: every match scored). */
    List<Long> sortedOverAllMatches(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        Sql where = filters(filter, now, "s", "s.article_id");
        where.and(termsMatch(matching(query)));
        Sql score = Relevance.score(Relevance.levels(query, "s", true));
        String order = switch (filter.sort()) {
            case OLDEST -> "s.published_at asc, s.article_id asc";
            case MOST_VIEWED -> "(select a.view_count from article a where a.id = s.article_id) desc,"
                    + " s.published_at desc, s.article_id desc";
            case NEWEST -> "s.published_at desc, s.article_id desc";
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

    /**
     * PostgreSQL: the page found level by level instead of by ranking every match. The levels (Relevance) are
     * walked as a tree, each one held or failed in turn, the held branch first; a leaf is the set of rows with
     * exactly that combination, newest first, and the leaves in this order are the relevance order. Each step is
     * one text-search query of the GIN index, the conditions so far in one tsquery. The walk first dives to the
     * leaf where every level holds, which fills the first page of most queries in one lookup. After that, a held
     * branch is entered only if one row of it exists (except for the last two levels), and where none does, the
     * failed branch needs no condition for that level; a level that a held one implies is skipped. Leaves before
     * the page are counted, not read; the walk stops when the page is full. A broad query's first page then
     * costs a few index lookups, not a score for each of its tens of thousands of matches.
     */
    List<Long> levelByLevel(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        Walk walk = new Walk(query, filters(filter, now, "s", "s.article_id"), page, now);
        walk.descend(0, List.of(), List.of(), false);
        return walk.found;
    }

    private final class Walk {
        final List<Relevance.Level> levels;
        final String matching;
        final Sql filters;
        long toSkip;
        final int size;
        final List<Long> found = new ArrayList<>();
        final Instant now;
        YearMonth newestMonth;
        boolean diving = true;

        Walk(SearchQuery query, Sql filters, PageRequest page, Instant now) {
            this.now = now;
            this.levels = Relevance.levels(query, "s", true);
            this.matching = matching(query);
            this.filters = filters;
            this.toSkip = page.offset();
            this.size = page.size();
        }

        void descend(int depth, List<String> conditions, List<Relevance.Level> held, boolean matchImplied) {
            if (found.size() >= size) {
                return;
            }
            if (depth == levels.size()) {
                leaf(matchImplied ? conditions : with(conditions, matching));
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
            // Below the last two levels a probe costs about what the two or four leaves it could spare do.
            boolean nearLeaves = depth >= levels.size() - 2;
            boolean exists = diving || nearLeaves || any(holdingImpliesMatch ? holding : with(holding, matching));
            if (exists) {
                List<Relevance.Level> heldNow = new ArrayList<>(held);
                heldNow.add(level);
                descend(depth + 1, holding, heldNow, holdingImpliesMatch);
            }
            descend(depth + 1, exists ? with(conditions, "!(" + level.terms() + ")") : conditions, held,
                    matchImplied);
        }

        private void leaf(List<String> conditions) {
            String leaf = String.join(" & ", conditions);
            if (toSkip > 0) {
                long rows = count(filters, leaf);
                if (rows <= toSkip) {
                    toSkip -= rows;
                    return;
                }
                read(leaf, toSkip);
                toSkip = 0;
                return;
            }
            // Newest first a few months at a time (1, 2, 4, then 8 months back from the newest month with visible
            // bulletins), then the rest: a leaf of many rows fills the page from its last months without reading
            // the others. A leaf with nothing in its first months is probed once, as most leaves are empty.
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
                if (span == 1 && found.size() == before && !any(List.of(leaf))) {
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

        private void read(String tsquery, long offset) {
            Sql where = filters.copy();
            where.and(termsMatch(tsquery));
            @SuppressWarnings("unchecked")
            List<Object> rows = where.bind(em.createNativeQuery("select s.article_id from article_search s where "
                            + where.text + " order by s.published_at desc, s.article_id desc"))
                    .setFirstResult((int) offset).setMaxResults(size - found.size()).getResultList();
            rows.forEach(r -> found.add(((Number) r).longValue()));
        }

        private boolean any(List<String> conditions) {
            Sql where = filters.copy();
            where.and(termsMatch(String.join(" & ", conditions)));
            return !where.bind(em.createNativeQuery("select 1 from article_search s where " + where.text))
                    .setMaxResults(1).getResultList().isEmpty();
        }
    }

    private static List<String> with(List<String> conditions, String condition) {
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        return more;
    }

    private static Sql termsMatch(String tsquery) {
        // A cast, not to_tsquery: the lexemes are made by hand (V7), PostgreSQL's parser would split some.
        return new Sql("s.terms @@ cast(? as tsquery)", tsquery);
    }

    private long count(Sql filters, String tsquery) {
        Sql where = filters.copy();
        where.and(termsMatch(tsquery));
        return ((Number) where.bind(em.createNativeQuery("select count(*) from article_search s where " + where.text))
                .getSingleResult()).longValue();
    }

    /** Visibility and the list filters, over a table under {@code alias} whose article id is {@code id}. */
    private static Sql filters(ArticleFilter filter, Instant now, String alias, String id) {
        Sql sql = new Sql(Visibility.sql(alias, "?"));
        sql.params.add(Timestamp.from(now));
        sql.params.add(Timestamp.from(now));
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
