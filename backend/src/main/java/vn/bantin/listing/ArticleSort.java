package vn.bantin.listing;

import java.util.Arrays;

/** The orders of a list, each with its ties broken the same way in JPQL and SQL. */
public enum ArticleSort {
    NEWEST("newest", "a.publishedAt desc, a.id desc", "%1$s.published_at desc, %2$s desc"),
    OLDEST("oldest", "a.publishedAt asc, a.id asc", "%1$s.published_at asc, %2$s asc"),
    MOST_VIEWED(
            "most-viewed",
            "a.foldedViewCount desc, a.publishedAt desc, a.id desc",
            "%1$s.view_count desc, %1$s.published_at desc, %2$s desc"),
    /** Without a search, newest first; a search engine ranks by its own levels, ties broken so. */
    RELEVANCE("relevance", "a.publishedAt desc, a.id desc", "%1$s.published_at desc, %2$s desc"),
    /** The editors' list: what was worked on last first (drafts have no publication time). Not a public word. */
    LAST_EDITED(null, "a.updatedAt desc, a.id desc", "%1$s.updated_at desc, %2$s desc");

    public static final String ALLOWED = "newest, oldest, most-viewed, relevance";

    public final String word;
    private final String jpql;
    private final String sql;

    ArticleSort(String word, String jpql, String sql) {
        this.word = word;
        this.jpql = jpql;
        this.sql = sql;
    }

    /** The sort a query word names, or null. */
    public static ArticleSort fromWord(String word) {
        return Arrays.stream(values())
                .filter(s -> s.word != null && s.word.equals(word))
                .findFirst()
                .orElse(null);
    }

    /** The order by over {@code Article a}. */
    public String jpql() {
        return jpql;
    }

    /** The order by over a table under {@code alias} with the article's columns and id column {@code id}. */
    public String sql(String alias, String id) {
        return sql.formatted(alias, id);
    }
}
