package vn.bantin.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bantin.common.PageRequest;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;

/**
 * H2, the embedded database of small installations: every group of the query must match the article's folded
 * text as whole words, a LIKE ("% word %") over the candidates H2's full-text index names (one lookup per word or
 * phrase); relevance is a score of the levels, each a LIKE over the folded title, summary or text.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2Search implements SearchEngine {
    static final int MAX_CANDIDATES = 20_000;

    private final EntityManager em;

    H2Search(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public Hits search(SearchQuery query, ArticleFilter filter, PageRequest page, Instant now) {
        Sql where = where(query, filter, now);
        if (page.offset() > Integer.MAX_VALUE) {
            return new Hits(List.of(), count(where, page)); // past the last page of any possible answer
        }
        boolean ranked = filter.sort() == ArticleSort.RELEVANCE;
        Sql select = new Sql("select a.id, ")
                .append(ranked ? score(query) : new Sql("0"))
                .append(" as score, count(*) over () as total from article a where ")
                .append(where)
                .append(" order by " + (ranked ? "score desc, " : "")
                        + filter.sort().sql("a", "a.id"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.bind(em.createNativeQuery(select.text()))
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = rows.isEmpty() ? count(where, page) : ((Number) rows.get(0)[2]).longValue();
        return new Hits(rows.stream().map(r -> ((Number) r[0]).longValue()).toList(), total);
    }

    /** Only for a page past the last, which has no row to carry the total. */
    private long count(Sql where, PageRequest page) {
        if (page.offset() == 0) {
            return 0;
        }
        return ((Number) where.bind(em.createNativeQuery("select count(*) from article a where " + where.text()))
                        .getSingleResult())
                .longValue();
    }

    /** The relevance score: the weights of the levels a row reaches. */
    private static Sql score(SearchQuery query) {
        List<RelevanceLevel> levels = RelevanceLevel.of(query);
        Sql score = new Sql("0");
        for (RelevanceLevel level : levels) {
            score.append(" + case when ")
                    .append(condition(level, query))
                    .append(" then " + RelevanceLevel.weight(levels, level) + " else 0 end");
        }
        return score;
    }

    private static Sql condition(RelevanceLevel level, SearchQuery query) {
        String wholePhrase = "%" + query.phrase() + "%";
        return switch (level) {
            case PHRASE_IN_TITLE -> new Sql("a.search_title like ?", wholePhrase);
            case ALL_IN_TITLE -> everyGroup("a.search_title", query);
            case PHRASE_IN_SUMMARY -> new Sql("a.search_summary like ?", wholePhrase);
            case ALL_IN_SUMMARY -> everyGroup("a.search_summary", query);
            case PHRASE_ANYWHERE -> new Sql("a.search_all like ?", wholePhrase);
            case ACCENTED ->
                new Sql(
                        "a.search_accented like ? escape '\\'",
                        "%" + escapeLike(query.accented().trim()) + "%");
        };
    }

    /** Every group of the query in {@code column}, each as any of its phrases, as whole words. */
    private static Sql everyGroup(String column, SearchQuery query) {
        if (query.groups().isEmpty()) {
            return new Sql("1 = 0"); // a query of punctuation alone matches nothing, and ranks nothing either
        }
        Sql all = new Sql("(1 = 1");
        for (List<List<String>> group : query.groups()) {
            List<String> alternatives = new ArrayList<>();
            List<Object> words = new ArrayList<>();
            for (List<String> phrase : group) {
                alternatives.add(column + " like ?");
                words.add("% " + String.join(" ", phrase) + " %");
            }
            all.and("(" + String.join(" or ", alternatives) + ")", words.toArray());
        }
        return all.append(")");
    }

    private Sql where(SearchQuery query, ArticleFilter filter, Instant now) {
        Sql sql = ArticleConditions.sql(filter, now, "a", "a.id");
        if (query.groups().isEmpty()) {
            return sql.and("1 = 0"); // nothing but punctuation: no word to find
        }
        sql.and(everyGroup("a.search_all", query));
        Set<Long> candidates = null;
        for (List<List<String>> group : query.groups()) {
            Set<Long> inGroup = new HashSet<>();
            for (List<String> phrase : group) {
                inGroup.addAll(fullTextMatches(String.join(" ", phrase)));
            }
            if (candidates == null) {
                candidates = inGroup;
            } else {
                candidates.retainAll(inGroup);
            }
        }
        if (candidates.size() <= MAX_CANDIDATES) {
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
                .setParameter(1, words)
                .getResultList();
        return keys.stream().map(k -> ((Number) k).longValue()).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
