package vn.bantin.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Slugs from Vietnamese text, as the contract defines them: lower case, tone marks and other diacritics removed,
 * đ → d, every other run of characters → "-", cut at a word boundary to at most 100 characters, unique by "-2",
 * "-3", … suffixes.
 */
public final class Slugs {
    public static final int MAX_LENGTH = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** What {@link #isWellFormed} checks, as a pattern: the definition its tests compare against. */
    static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    /** The slug of a text, possibly empty when the text has no letter or digit. */
    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        // Lower-casing can bring marks back (İ → i̇), so fold once more.
        folded =
                MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String dashed = SEPARATORS.matcher(folded).replaceAll("-");
        return cut(trimDashes(dashed), MAX_LENGTH);
    }

    /**
     * The slug of a text that no other resource uses yet: the first of {@code slug}, {@code slug-2}, … for which
     * {@code taken} is false; {@code fallback} stands in for a text without letters or digits.
     */
    public static String unique(String text, String fallback, Predicate<String> taken) {
        String base = of(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Whether a string has the shape of a slug at all. Anything else names no resource, so a lookup can answer
     * "not found" without asking the database (which may reject some characters, such as NUL, outright).
     */
    public static boolean isWellFormed(String slug) {
        // One pass by hand rather than WELL_FORMED: every view beacon is checked, and the regex cost a tenth of
        // the event loop's time under the views benchmark.
        if (slug == null || slug.isEmpty() || slug.length() > MAX_LENGTH) {
            return false;
        }
        char previous = '-';
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphanumeric && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return previous != '-';
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int boundary = slug.charAt(max) == '-' ? max : slug.lastIndexOf('-', max);
        return boundary > 0 ? slug.substring(0, boundary) : slug.substring(0, max);
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
