package vn.bantin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The relevance order of search results: levels compared one after another — the whole phrase in the title,
 * every group of the query in the title, the whole phrase in the summary, every group in the summary, the whole
 * phrase anywhere, the words as typed with their tone marks — then newest first. The phrase levels are for
 * queries of more than one word, the accented one for queries typed with marks. As a score, each level weighs
 * more than all the levels after it together, so sorting by the score is sorting level by level.
 *
 * <p>On H2 a level is a LIKE over the article's folded columns. On PostgreSQL it is a text-search query over
 * article_search's terms (V7), which hold the words and neighbouring pairs of the whole text, of the title
 * ("t:") and of the summary ("s:"), and the accented ones ("a:"): a phrase is its pairs, so for three words or
 * more the pairs in another order would count too, which bulletins do not write.
 */
final class Relevance {
    /**
     * One level: its weight in the score, the condition row by row, and on PostgreSQL the same as a text-search
     * query for the GIN index; {@code impliesMatch} when a row at this level matches the query.
     */
    record Level(String name, int weight, Sql perRow, String terms, boolean impliesMatch) {
    }

    private Relevance() {
    }

    static List<Level> levels(SearchQuery query, String alias, boolean postgres) {
        List<String> names = new ArrayList<>();
        boolean phrase = query.words().size() > 1;
        if (phrase) {
            names.add("phrase in title");
        }
        names.add("all in title");
        if (phrase) {
            names.add("phrase in summary");
        }
        names.add("all in summary");
        if (phrase) {
            names.add("phrase anywhere");
        }
        List<String> accented = accentedWords(query);
        if (query.hasMarks() && !accented.isEmpty()) {
            names.add("accented");
        }
        List<Level> levels = new ArrayList<>();
        int weight = 1 << names.size();
        for (String name : names) {
            weight >>= 1;
            levels.add(postgres ? indexed(name, weight, query, alias, accented) : h2(name, weight, query, alias));
        }
        return levels;
    }

    /** Every group of the query, each as any of its phrases, among the terms with {@code prefix}. */
    static String allGroups(SearchQuery query, String prefix) {
        return query.groups().stream()
                .map(group -> group.stream().map(phrase -> phrase(phrase, prefix))
                        .collect(Collectors.joining(" | ", "(", ")")))
                .collect(Collectors.joining(" & "));
    }

    /**
     * A phrase as the terms with {@code prefix} that stand for it: one word alone, "quy.che & che.dan & dan.chu"
     * for a phrase. Lexemes are quoted: a word has only letters and digits, but nothing in it may act as syntax.
     */
    static String phrase(List<String> words, String prefix) {
        if (words.size() == 1) {
            return lexeme(prefix + words.get(0));
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(lexeme(prefix + words.get(i) + "." + words.get(i + 1)));
        }
        return "(" + String.join(" & ", pairs) + ")";
    }

    private static String lexeme(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static Level indexed(String name, int weight, SearchQuery query, String alias, List<String> accented) {
        String terms = switch (name) {
            case "phrase in title" -> phrase(query.words(), "t:");
            case "all in title" -> allGroups(query, "t:");
            case "phrase in summary" -> phrase(query.words(), "s:");
            case "all in summary" -> allGroups(query, "s:");
            case "phrase anywhere" -> phrase(query.words(), "");
            case "accented" -> phrase(accented, "a:");
            default -> throw new IllegalArgumentException(name);
        };
        // A cast, not to_tsquery: the lexemes are made by hand (V7), PostgreSQL's parser would split some.
        return new Level(name, weight, new Sql(alias + ".terms @@ cast(? as tsquery)", terms), terms,
                !name.equals("accented"));
    }

    private static Level h2(String name, int weight, SearchQuery query, String alias) {
        String title = alias + ".search_title";
        String summary = alias + ".search_summary";
        String wholePhrase = "%" + query.phrase() + "%";
        Sql perRow = switch (name) {
            case "phrase in title" -> new Sql(title + " like ?", wholePhrase);
            case "all in title" -> everyGroup(title, query);
            case "phrase in summary" -> new Sql(summary + " like ?", wholePhrase);
            case "all in summary" -> everyGroup(summary, query);
            case "phrase anywhere" -> new Sql(alias + ".search_all like ?", wholePhrase);
            case "accented" -> new Sql(alias + ".search_accented like ? escape '\\'",
                    "%" + escapeLike(query.accented().trim()) + "%");
            default -> throw new IllegalArgumentException(name);
        };
        return new Level(name, weight, perRow, null, !name.equals("accented"));
    }

    /**
     * Whether every row at level {@code held} is at level {@code other} too: the whole phrase in the title or the
     * summary means every group there, and the phrase anywhere (on PostgreSQL: all its pairs, which the title's
     * or the summary's pairs are among).
     */
    static boolean implies(Level held, Level other) {
        return switch (held.name()) {
            case "phrase in title" -> other.name().equals("all in title") || other.name().equals("phrase anywhere");
            case "phrase in summary" -> other.name().equals("all in summary")
                    || other.name().equals("phrase anywhere");
            default -> false;
        };
    }

    /** The relevance score: the weights of the levels a row reaches. */
    static Sql score(List<Level> levels) {
        Sql score = new Sql("0");
        for (Level level : levels) {
            score.text += " + case when " + level.perRow().text + " then " + level.weight() + " else 0 end";
            score.params.addAll(level.perRow().params);
        }
        return score;
    }

    /** Every group of the query in {@code column}, each as any of its phrases, as whole words. */
    private static Sql everyGroup(String column, SearchQuery query) {
        List<String> groups = new ArrayList<>();
        Sql sql = new Sql("");
        for (List<List<String>> group : query.groups()) {
            List<String> alternatives = new ArrayList<>();
            for (List<String> phrase : group) {
                alternatives.add(column + " like ?");
                sql.params.add("% " + String.join(" ", phrase) + " %");
            }
            groups.add("(" + String.join(" or ", alternatives) + ")");
        }
        // No group (a query of punctuation alone) matches nothing, and ranks nothing either.
        sql.text = groups.isEmpty() ? "1 = 0" : "(" + String.join(" and ", groups) + ")";
        return sql;
    }

    /** The words as typed, with their marks, split as V7 splits the accented text. */
    private static List<String> accentedWords(SearchQuery query) {
        return Arrays.stream(query.accented().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
