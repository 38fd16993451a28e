package vn.bantin.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import vn.bantin.common.Hanoi;

/**
 * How PostgreSQL's term vector names things (V7's bantin_terms and bantin_ranking_terms): a word, a pair of
 * neighbouring words joined by ".", prefixed "t:" in the title, "s:" in the summary, "a:" as written with its tone
 * marks, the month of publication "m:yyyyMM", and the order of magnitude of the views "v:7" (V13). The query side builds its terms here; {@link #ofArticle} is the
 * whole vector as the database builds it, which TermsAgreementTest compares with the database's own.
 */
final class Terms {
    static final String TITLE = "t:";
    static final String SUMMARY = "s:";
    static final String ACCENTED = "a:";
    static final String ANYWHERE = "";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    /**
     * PostgreSQL refuses lexemes over 2 KB; V7 leaves out words of 1,000 bytes or more, which no reader types (a
     * query has 200 characters at most, 800 bytes).
     */
    private static final int LONGEST_WORD_BYTES = 999;

    private Terms() {}

    static String word(String prefix, String word) {
        return prefix + word;
    }

    static String pair(String prefix, String first, String second) {
        return prefix + first + "." + second;
    }

    static String month(YearMonth month) {
        return "m:" + month.format(MONTH);
    }

    /** The order of magnitude of a view count, as V13's bantin_view_term: its bit length (0 for none, 7 for 64-127). */
    static int magnitude(long views) {
        return 64 - Long.numberOfLeadingZeros(Math.max(0, views));
    }

    static String views(int magnitude) {
        return "v:" + magnitude;
    }

    /** The words of a folded text (Folding.fold), as V7's bantin_folded_words splits them. */
    static List<String> foldedWords(String folded) {
        return Arrays.stream(folded == null ? new String[0] : folded.trim().split(" "))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** The words of an accented text (Folding.accented), as V7's bantin_accented_words splits them. */
    static List<String> accentedWords(String accented) {
        return Arrays.stream(accented == null ? new String[0] : accented.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Every word and every pair of neighbours, as V7's bantin_terms. */
    static List<String> of(String prefix, List<String> words) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (fits(words.get(i))) {
                terms.add(word(prefix, words.get(i)));
                if (i + 1 < words.size() && fits(words.get(i + 1))) {
                    terms.add(pair(prefix, words.get(i), words.get(i + 1)));
                }
            }
        }
        return terms;
    }

    /** The article's whole term vector, as V7's bantin_ranking_terms makes it from the stored search texts. */
    static TreeSet<String> ofArticle(
            String searchAll, String searchTitle, String searchSummary, String searchAccented, Instant publishedAt) {
        TreeSet<String> terms = new TreeSet<>(of(ANYWHERE, foldedWords(searchAll)));
        terms.addAll(of(TITLE, foldedWords(searchTitle)));
        terms.addAll(of(SUMMARY, foldedWords(searchSummary)));
        terms.addAll(of(ACCENTED, accentedWords(searchAccented)));
        if (publishedAt != null) {
            terms.add(month(YearMonth.from(publishedAt.atZone(Hanoi.ZONE))));
        }
        return terms;
    }

    private static boolean fits(String word) {
        return word.getBytes(StandardCharsets.UTF_8).length <= LONGEST_WORD_BYTES;
    }
}
