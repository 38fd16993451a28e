package vn.bantin.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as search compares it. {@link #fold} drops case, tone marks and other diacritics (đ → d) and
 * turns every run of other characters into one space, so "Quận Ủy", "QUẬN ỦY", "quan uy" and the decomposed
 * or old-style "quận uỷ" are all "quan uy". {@link #accented} keeps the marks, for ranking exact accented matches
 * above folded ones, after moving old-style tone marks to where new-style writing puts them.
 */
public final class Folding {
    private Folding() {}

    /** Folded text with one space before and after every word, so that " word " finds whole words. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return " ";
        }
        Mapped folded = foldMapped(text);
        return " " + folded.text().trim() + " ";
    }

    /** The folded words of a text. */
    public static String[] words(String text) {
        String folded = fold(text).trim();
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }

    /**
     * Folded text and, for each of its characters, where it came from in the (NFC) original; {@code whole} is false
     * when only the original's head was folded ({@link #foldMapped(String, int)}), and the original is that head.
     */
    public record Mapped(String original, String text, int[] origin, boolean whole) {
        /** The same, of a text known to go on. */
        Mapped partial() {
            return new Mapped(original, text, origin, false);
        }
    }

    public static Mapped foldMapped(String text) {
        return foldMapped(text, Integer.MAX_VALUE);
    }

    /**
     * The fold of a text's head: its first {@code head} characters or so, cut at a space so that no word is cut
     * (a space also ends every NFC sequence). The whole text when it is not longer.
     */
    public static Mapped foldMapped(String text, int head) {
        int cut = text.length() <= head ? -1 : text.indexOf(' ', head);
        String nfc = Normalizer.normalize(cut < 0 ? text : text.substring(0, cut), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int[] origin = new int[nfc.length() + 1];
        boolean space = true;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a mark NFC could not compose: part of its letter, not a separator
            }
            char base = baseLetter(c);
            if (Character.isLetterOrDigit(base)) {
                origin[out.length()] = i;
                out.append(base);
                space = false;
            } else if (!space) {
                origin[out.length()] = i;
                out.append(' ');
                space = true;
            }
        }
        return new Mapped(nfc, out.toString(), java.util.Arrays.copyOf(origin, out.length()), cut < 0);
    }

    /** Lower-case NFC text with new-style tone placement: "hoà", "uỷ" become "hòa", "ủy". */
    public static String accented(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            // Old style puts the tone on the second vowel of oa, oe, uy: move it to the first.
            if ((c == 'o' || c == 'u')
                    && isToned(next)
                    && pairsWith(c, baseLetter(next))
                    && (i + 2 >= lower.length() || !Character.isLetter(lower.charAt(i + 2)))) {
                out.append(withToneOf(c, next)).append(baseLetter(next));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean pairsWith(char first, char second) {
        return first == 'o' && (second == 'a' || second == 'e') || first == 'u' && second == 'y';
    }

    private static boolean isToned(char c) {
        return toneMark(c) != 0;
    }

    private static char toneMark(char c) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 1; i < nfd.length(); i++) {
            char mark = nfd.charAt(i);
            if (mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323') {
                return mark;
            }
        }
        return 0;
    }

    private static char withToneOf(char vowel, char toned) {
        return Normalizer.normalize(vowel + String.valueOf(toneMark(toned)), Normalizer.Form.NFC)
                .charAt(0);
    }

    /**
     * Base letters of the characters Vietnamese text uses, worked out once: through Latin Extended Additional and
     * General Punctuation, whose dashes, quotes and "…" are in most bodies.
     */
    private static final char[] BASE = new char[0x2070];

    static {
        for (char c = 0; c < BASE.length; c++) {
            BASE[c] = computeBase(c);
        }
    }

    /** The letter without marks, lower case; đ → d. */
    static char baseLetter(char c) {
        return c < BASE.length ? BASE[c] : computeBase(c);
    }

    private static char computeBase(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(nfd.charAt(0));
    }
}
