package vn.bantin.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The warnings scan text by hand where patterns were too slow for an import: the scans find exactly what the
 * patterns that define them find, on texts made of the pieces where they could differ (marks, letters outside
 * the BMP, digits of other scripts, every kind of space, "năm" in any case).
 */
class WarningScansTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{M}])(\\p{Lu}{2,})(?![\\p{L}\\p{M}])");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("[ \\u00A0]{2,}");
    private static final Pattern YEAR_AFTER_NAM = Pattern.compile("(?iu)\\b(năm)\\s+(\\d{3,})\\b");

    @Property(tries = 3000)
    void wordsAreTheRunsOfLettersAndMarks(@ForAll("texts") String text) {
        List<EditorialWarnings.Word> expected = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            expected.add(
                    new EditorialWarnings.Word(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
        }
        assertEquals(expected, EditorialWarnings.words(text), text);
    }

    @Property(tries = 3000)
    void yearsAreWhereThePatternFindsThem(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = YEAR_AFTER_NAM.matcher(text);
        while (m.find()) {
            if (m.group(2).length() >= 5
                    || Integer.parseInt(m.group(2)) > Year.now().getValue() + 30) {
                expected.add(m.group());
            }
        }
        List<Warning> found = new ArrayList<>();
        EditorialWarnings.years("title", text, found);
        assertEquals(expected, found.stream().map(Warning::excerpt).toList(), text);
    }

    @Property(tries = 3000)
    void abbreviationsAreWordsOfCapitalsOnly(@ForAll("texts") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            // The JDK's look-behind sees only the second half of a letter beyond the BMP ("𠀀NĂM" is one word)
            int before = m.start() == 0 ? ' ' : text.codePointBefore(m.start());
            if (!Character.isSupplementaryCodePoint(before) || !isLetterOrMark(before)) {
                expected.add(m.start() + ":" + m.group(1));
            }
        }
        List<String> found = EditorialWarnings.words(text).stream()
                .filter(w -> EditorialWarnings.isAbbreviation(text, w))
                .map(w -> w.start() + ":" + text.substring(w.start(), w.end()))
                .toList();
        assertEquals(expected, found, text);
    }

    @Property(tries = 3000)
    void eachRunOfSpacesIsOneDoubleSpace(@ForAll("texts") String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = DOUBLE_SPACE.matcher(text);
        while (m.find()) {
            runs.add(m.group());
        }
        List<Warning> found = new ArrayList<>();
        EditorialWarnings.doubleSpaces("title", text, found);
        assertEquals(runs.size(), found.size(), text);
        for (int i = 0; i < runs.size(); i++) {
            assertTrue(found.get(i).excerpt().contains(runs.get(i)), text);
        }
    }

    private static boolean isLetterOrMark(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "năm",
                        "NĂM",
                        "Năm",
                        "nam",
                        "năm",
                        " ",
                        "  ",
                        "\t",
                        "\n",
                        "\u00A0",
                        "\u000B",
                        "2024",
                        "20024",
                        "12345",
                        "99",
                        "3000",
                        "0",
                        "\u0663\u0663\u0663",
                        "_",
                        "a",
                        "Z",
                        "ă",
                        "Đ",
                        "ư",
                        "\u0301",
                        "\u20DD",
                        "\u0903",
                        "\uD840\uDC00",
                        "\uD83D\uDE00",
                        ".",
                        "-",
                        "/",
                        "x1",
                        "ǅ",
                        "ʰ")
                .list()
                .ofMaxSize(24)
                .map(pieces -> String.join("", pieces));
    }
}
