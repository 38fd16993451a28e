package vn.bantin.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a text reads as Vietnamese: the share of its words that are well-formed syllables (an initial
 * consonant, a vowel group, a final consonant, at most one tone). Text decoded with the wrong table fails this
 * on most words ("Quõụn" carries two tones, "Qu©n" a symbol), so the share tells the right table from the wrong.
 */
final class VietnameseSyllables {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{So}\\p{Sc}\\p{Sk}¦§©ª«¬®°±²³µ¶·¸¹º»¼½¾]+");
    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
            + "([aăâeêioôơuưy]{1,3})"
            + "(ch|ng|nh|[cmnpt])?");
    /** Grave, acute, hook above, tilde, dot below: the five tones in decomposed form. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    private VietnameseSyllables() {}

    /** The share (0–1) of the text's words that are Vietnamese syllables; 0 for a text without words. */
    static double share(String text) {
        Matcher words = WORD.matcher(text);
        int total = 0;
        int good = 0;
        while (words.find()) {
            total++;
            if (isSyllable(words.group())) {
                good++;
            }
        }
        return total == 0 ? 0 : (double) good / total;
    }

    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        int tones = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                base.append(c);
            }
        }
        if (tones > 1) {
            return false;
        }
        String letters = Normalizer.normalize(base, Normalizer.Form.NFC);
        return SYLLABLE.matcher(letters).matches();
    }
}
