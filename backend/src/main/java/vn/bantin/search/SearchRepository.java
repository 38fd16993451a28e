package vn.bantin.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bantin.article.ArticleFilter;
import vn.bantin.article.ArticleSort;
import vn.bantin.article.Visibility;
import vn.bantin.common.Hanoi;
import vn.bantin.common.PageRequest;

/**
 * Finds the ids of visible articles matching a query, ranked, in plain SQL over the folded columns. Every group
 * of the query must match search_all as whole words: on PostgreSQL as a text-search query over the words and
 * word pairs of the narrow article_search table (GIN index, V4/V5), on H2 as LIKEs ("% word %") over the
 * candidates its full-text index names (one lookup per word or phrase). Ranking: a group in the title scores
 * 1000, in the summary 100; the whole phrase adds half as much again, and 5 anywhere; an exact accented match
 * adds 1 (on PostgreSQL: the words as typed, next to each other); then newest.
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
        Sql score = score(query);
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
     * PostgreSQL: the same query over the narrow article_search table (V5), whose rows are a few dozen bytes
     * with the folded title and summary inline and the term vectors stored out of line. Those vectors are only
     * read through their GIN indexes: matching, and the whole-phrase and accented bonuses as sets of ids.
     * PostgreSQL does not price the reading of out-of-line values, so with a common phrase it would rather scan
     * the table and read every row's terms (measured 0.9 s on 100,000 bulletins); sequential scans are switched
     * off for this transaction. The total comes from its own count: a window count sorts every match on disk.
     */
    private Hits searchPostgres(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        Sql where = filters(filter, now, "s", "s.article_id");
        where.and("s.terms @@ to_tsquery('simple', ?)", textSearchQuery(query.groups()));
        long total = ((Number) where.bind(em.createNativeQuery("select count(*) from article_search s where "
                + where.text)).getSingleResult()).longValue();
        if (page.offset() >= total) {
            return new Hits(List.of(), total);
        }
        Sql score = score(query, "s");
        String order = switch (filter.sort()) {
            case OLDEST -> "s.published_at asc, s.article_id asc";
            case MOST_VIEWED -> "(select a.view_count from article a where a.id = s.article_id) desc,"
                    + " s.published_at desc, s.article_id desc";
            case NEWEST -> "s.published_at desc, s.article_id desc";
            case RELEVANCE -> "score desc, s.published_at desc, s.article_id desc";
        };
        Sql select = new Sql("select s.article_id, " + (filter.sort() == ArticleSort.RELEVANCE ? score.text : "0")
                + " as score from article_search s where " + where.text + " order by " + order);
        if (filter.sort() == ArticleSort.RELEVANCE) {
            select.params.addAll(score.params);
        }
        select.params.addAll(where.params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.bind(em.createNativeQuery(select.text))
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        return new Hits(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(), total);
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

    /** "(quy.che & che.dan & dan.chu | qcdc) & (o) & …": every group, each as any of its phrases. */
    static String textSearchQuery(List<List<List<String>>> groups) {
        return groups.stream()
                .map(group -> group.stream().map(SearchRepository::textSearchPhrase)
                        .collect(Collectors.joining(" | ", "(", ")")))
                .collect(Collectors.joining(" & "));
    }

    /**
     * A phrase as the pairs of neighbouring words that article_search's term vectors index (V4, V5), all
     * required: one word alone, "quy.che & che.dan & dan.chu" for a phrase. For two words that is exactly the phrase; for more, the pairs
     * in another order would match too, which bulletins do not write. Lexemes are quoted: a folded word has only
     * letters and digits, but nothing in it may act as syntax.
     */
    private static String textSearchPhrase(List<String> words) {
        if (words.size() == 1) {
            return lexeme(words.get(0));
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(lexeme(words.get(i) + "." + words.get(i + 1)));
        }
        return "(" + String.join(" & ", pairs) + ")";
    }

    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Ids of the articles whose search_all has every one of the words, from H2's full-text index. */
    private List<Long> fullTextMatches(String words) {
        @SuppressWarnings("unchecked")
        List<Object> keys = em.createNativeQuery("select cast(ft.keys[1] as bigint) from ft_search_data(?, 0, 0) ft")
                .setParameter(1, words).getResultList();
        return keys.stream().map(k -> ((Number) k).longValue()).toList();
    }

    private Sql score(SearchQuery query) {
        return score(query, "a");
    }

    /** The relevance score over the folded title and summary of the table under {@code alias}. */
    private Sql score(SearchQuery query, String alias) {
        Sql sql = new Sql("0");
        for (List<List<String>> group : query.groups()) {
            for (String column : List.of(alias + ".search_title", alias + ".search_summary")) {
                List<String> alternatives = new ArrayList<>();
                for (List<String> phrase : group) {
                    alternatives.add(column + " like ?");
                    sql.params.add("% " + String.join(" ", phrase) + " %");
                }
                sql.text += " + case when " + String.join(" or ", alternatives) + " then "
                        + (column.endsWith("title") ? 1000 : 100) + " else 0 end";
            }
        }
        if (query.words().size() > 1) {
            sql.text += " + case when " + alias + ".search_title like ? then 500 else 0 end"
                    + " + case when " + alias + ".search_summary like ? then 50 else 0 end";
            sql.params.add("%" + query.phrase() + "%");
            sql.params.add("%" + query.phrase() + "%");
            if (h2) {
                sql.text += " + case when a.search_all like ? then 5 else 0 end";
                sql.params.add("%" + query.phrase() + "%");
            } else {
                // A set of ids from the index, hashed once, rather than each match's terms read again.
                sql.text += " + case when s.article_id in (select p.article_id from article_search p"
                        + " where p.terms @@ to_tsquery('simple', ?)) then 5 else 0 end";
                sql.params.add(textSearchPhrase(query.words()));
            }
        }
        if (query.hasMarks()) {
            List<String> accented = h2 ? List.of() : Arrays.stream(query.accented().split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).toList();
            if (h2) {
                sql.text += " + case when a.search_accented like ? escape '\\' then 1 else 0 end";
                sql.params.add("%" + escapeLike(query.accented().trim()) + "%");
            } else if (!accented.isEmpty()) {
                // The words as typed, with their marks, as neighbours: accented_terms holds words and pairs. A cast,
                // not to_tsquery: PostgreSQL's parser would split "sửa.đường" in two.
                sql.text += " + case when s.article_id in (select p.article_id from article_search p"
                        + " where p.accented_terms @@ cast(? as tsquery)) then 1 else 0 end";
                sql.params.add(textSearchPhrase(accented));
            }
        }
        return sql;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A fragment of SQL with its positional parameters. */
    private static final class Sql {
        String text;
        final List<Object> params = new ArrayList<>();

        Sql(String text) {
            this.text = text;
        }

        void and(String condition, Object... values) {
            text += " and " + condition;
            params.addAll(List.of(values));
        }

        Query bind(Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query;
        }
    }
}
