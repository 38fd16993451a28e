package vn.bantin.article;

import java.util.Arrays;

public enum ArticleSort {
    NEWEST("newest", "a.publishedAt desc, a.id desc"),
    OLDEST("oldest", "a.publishedAt asc, a.id asc"),
    MOST_VIEWED("most-viewed", "a.foldedViewCount desc, a.publishedAt desc, a.id desc"),
    RELEVANCE("relevance", "a.publishedAt desc, a.id desc"),
    /** The editors' list: what was worked on last first (drafts have no publication time). Not a public word. */
    LAST_EDITED(null, "a.updatedAt desc, a.id desc");

    public static final String ALLOWED = "newest, oldest, most-viewed, relevance";

    public final String word;
    final String jpqlOrder;

    ArticleSort(String word, String jpqlOrder) {
        this.word = word;
        this.jpqlOrder = jpqlOrder;
    }

    /** The sort a query word names, or null. */
    public static ArticleSort fromWord(String word) {
        return Arrays.stream(values()).filter(s -> s.word != null && s.word.equals(word)).findFirst().orElse(null);
    }
}
