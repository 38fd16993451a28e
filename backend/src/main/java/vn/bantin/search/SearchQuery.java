package vn.bantin.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reader's query, folded and split into groups that must all match. A group is one word, or an abbreviation
 * and its expansion as alternatives: "QCDC" may match "qcdc" or "quy che dan chu", and "quy che dan chu" may
 * match either too.
 */
public record SearchQuery(
        String raw, List<String> words, List<List<List<String>>> groups, String accented, boolean hasMarks) {
    public static final int MAX_LENGTH = 200;

    /** Builds the query; {@code glossary} pairs folded terms with folded expansions. */
    public static SearchQuery parse(String raw, List<GlossaryEntry> glossary) {
        // Control characters (NUL among them, which PostgreSQL refuses in text) can be nothing a reader meant.
        String text = Normalizer.normalize(raw.replaceAll("\\p{Cc}", " ").trim(), Normalizer.Form.NFC);
        List<String> words = Arrays.asList(Folding.words(text));
        List<List<String>[]> pairs = new ArrayList<>();
        for (GlossaryEntry entry : glossary) {
            @SuppressWarnings("unchecked")
            List<String>[] pair = new List[] {
                Arrays.asList(Folding.words(entry.term())), Arrays.asList(Folding.words(entry.expansion()))
            };
            pairs.add(pair);
        }
        List<List<List<String>>> groups = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            List<List<String>> best = null;
            int bestLength = 0;
            for (List<String>[] pair : pairs) {
                for (int side = 0; side < 2; side++) {
                    List<String> phrase = pair[side];
                    if (phrase.size() > bestLength && startsWith(words, i, phrase)) {
                        best = List.of(phrase, pair[1 - side]);
                        bestLength = phrase.size();
                    }
                }
            }
            if (best == null) {
                groups.add(List.of(List.of(words.get(i))));
                i++;
            } else {
                groups.add(best);
                i += bestLength;
            }
        }
        boolean hasMarks = text.chars()
                .anyMatch(
                        c -> Character.isLetter(c) && Folding.baseLetter((char) c) != Character.toLowerCase((char) c));
        return new SearchQuery(text, words, groups, Folding.accented(text).replaceAll("\\s+", " "), hasMarks);
    }

    /** The whole query as one folded phrase, " quy che dan chu ". */
    public String phrase() {
        return " " + String.join(" ", words) + " ";
    }

    private static boolean startsWith(List<String> words, int at, List<String> phrase) {
        if (phrase.isEmpty() || at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
