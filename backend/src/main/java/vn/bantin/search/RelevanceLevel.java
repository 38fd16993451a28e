package vn.bantin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The relevance order of search results: levels compared one after another — the whole phrase in the title,
 * every group of the query in the title, the whole phrase in the summary, every group in the summary, the whole
 * phrase anywhere, the words as typed with their tone marks — then newest first. The phrase levels are for
 * queries of more than one word, the accented one for queries typed with marks. Each search engine says what a
 * level means over its tables (H2Search: a LIKE over the folded columns; PostgresSearch: a tsquery over
 * article_search's terms); the order and the logic between levels are here.
 */
enum RelevanceLevel {
    PHRASE_IN_TITLE,
    ALL_IN_TITLE,
    PHRASE_IN_SUMMARY,
    ALL_IN_SUMMARY,
    PHRASE_ANYWHERE,
    ACCENTED;

    /** The levels that rank {@code query}, most important first. */
    static List<RelevanceLevel> of(SearchQuery query) {
        boolean phrase = query.words().size() > 1;
        List<RelevanceLevel> levels = new ArrayList<>();
        for (RelevanceLevel level : values()) {
            boolean applies = switch (level) {
                case PHRASE_IN_TITLE, PHRASE_IN_SUMMARY, PHRASE_ANYWHERE -> phrase;
                case ALL_IN_TITLE, ALL_IN_SUMMARY -> true;
                case ACCENTED -> query.hasMarks() && !accentedWords(query).isEmpty();
            };
            if (applies) {
                levels.add(level);
            }
        }
        return levels;
    }

    /** A row at this level matches the query; the accented words alone may be found without every group. */
    boolean impliesMatch() {
        return this != ACCENTED;
    }

    /**
     * Whether every row at this level is at {@code other} too: the whole phrase in the title or the summary means
     * every group there, and the phrase anywhere (on PostgreSQL: all its pairs, which the title's or the summary's
     * pairs are among).
     */
    boolean implies(RelevanceLevel other) {
        return switch (this) {
            case PHRASE_IN_TITLE -> other == ALL_IN_TITLE || other == PHRASE_ANYWHERE;
            case PHRASE_IN_SUMMARY -> other == ALL_IN_SUMMARY || other == PHRASE_ANYWHERE;
            default -> false;
        };
    }

    /** As a score, each level weighs more than all the levels after it together. */
    static int weight(List<RelevanceLevel> levels, RelevanceLevel level) {
        return 1 << (levels.size() - 1 - levels.indexOf(level));
    }

    /** The words as typed, with their marks, split as the stored accented text is. */
    static List<String> accentedWords(SearchQuery query) {
        return Terms.accentedWords(query.accented());
    }
}
