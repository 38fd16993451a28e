package vn.bantin.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A PostgreSQL text-search query over article_search's terms, built from lexemes that are quoted here and only
 * here: a word has only letters and digits, but nothing in it may act as syntax. Sent with a cast, not
 * to_tsquery, whose parser would split some of the hand-made lexemes (V7). Every compound is parenthesised, so
 * that one can be put inside another without thinking about precedence.
 */
final class TsQuery {
    private final String text;

    private TsQuery(String text) {
        this.text = text;
    }

    static TsQuery term(String lexeme) {
        return new TsQuery("'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'");
    }

    static TsQuery all(List<TsQuery> parts) {
        return parts.size() == 1 ? parts.get(0) : join(parts, " & ");
    }

    static TsQuery any(List<TsQuery> parts) {
        return parts.size() == 1 ? parts.get(0) : join(parts, " | ");
    }

    TsQuery and(TsQuery other) {
        return join(List.of(this, other), " & ");
    }

    TsQuery not() {
        return new TsQuery("!" + this.text);
    }

    /** A phrase among the terms with {@code prefix}: one word alone, else all its pairs of neighbours. */
    static TsQuery phrase(String prefix, List<String> words) {
        if (words.size() == 1) {
            return term(Terms.word(prefix, words.get(0)));
        }
        List<TsQuery> pairs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(term(Terms.pair(prefix, words.get(i), words.get(i + 1))));
        }
        return all(pairs);
    }

    /** Every group of the query, each as any of its phrases, among the terms with {@code prefix}. */
    static TsQuery everyGroup(String prefix, SearchQuery query) {
        return all(query.groups().stream()
                .map(group ->
                        any(group.stream().map(phrase -> phrase(prefix, phrase)).toList()))
                .toList());
    }

    private static TsQuery join(List<TsQuery> parts, String operator) {
        return new TsQuery(parts.stream().map(p -> p.text).collect(Collectors.joining(operator, "(", ")")));
    }

    @Override
    public String toString() {
        return text;
    }
}
