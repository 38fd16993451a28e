package vn.bantin.editorial;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The slips a proof-reader of the committee's office looks for, found in the title, the summary and each block of
 * the body: an implausible year ("năm 20024"), a word or phrase started twice ("xây dựng xây"), doubled spaces,
 * empty paragraphs, and abbreviations that the glossary does not explain. Each finding names its field and the
 * words as they stand, so that an editor can find the place.
 */
public final class EditorialWarnings {
    private static final Pattern YEAR_AFTER_NAM = Pattern.compile("(?iu)\\b(năm)\\s+(\\d{3,})\\b");
    /** What ends the words shown around a double space: whitespace or a no-break space. */
    private static final String SPACE_LIKE = " \t\n\u000B\f\r\u00A0";

    private static final int CONTEXT = 20;
    private static final String NAM = "năm";
    /** What {@code \s} is to a pattern without UNICODE_CHARACTER_CLASS. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";
    /** Parsed once: parsing the selectors again for every article was an eighth of its warnings' time. */
    private static final Evaluator BLOCKS = QueryParser.parse("p, h2, h3, h4, li, td, th, blockquote, figcaption");

    private static final Evaluator OWN_TEXT_BLOCKS = QueryParser.parse("p, h2, h3, h4, figcaption");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator IMAGE = QueryParser.parse("img");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
    /** Words doubled by design ("nhà nhà, người người", "ngày ngày", "đời đời"). */
    private static final Set<String> DOUBLED_BY_DESIGN = Set.of(
            "người", "nhà", "ngày", "đời", "nơi", "lớp", "từng", "năm", "tháng", "mỗi", "ai", "xa", "dần", "đêm");
    /**
     * Words that stand around another by design ("vừa học vừa làm", "càng khó càng"), and the small words that
     * repeat at short distance in any sentence: never "a phrase started twice".
     */
    private static final Set<String> AROUND_BY_DESIGN = Set.of(
            "vừa", "càng", "lúc", "khi", "nào", "ai", "gì", "đâu", "bao", "cả", "có", "không", "mỗi", "từng", "ngày",
            "năm", "tháng", "người", "nhà", "này", "đó", "thì", "là", "và", "của", "các", "những", "cho", "với", "đời",
            "nơi", "chỗ", "hay", "hoặc", "một", "đã", "đang", "sẽ", "được", "bị", "tại", "từ", "đến", "trong", "ngoài",
            "trên", "dưới", "về", "theo");

    private EditorialWarnings() {}

    /**
     * The warnings of an article. {@code knownAbbreviations} are the glossary's terms; {@code bodyHtml} is the
     * sanitised body.
     */
    public static List<Warning> of(String title, String summary, String bodyHtml, Set<String> knownAbbreviations) {
        List<Warning> warnings = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        Text.add(texts, "title", title);
        Text.add(texts, "summary", summary);
        if (bodyHtml != null && !bodyHtml.isBlank()) {
            Document body = Jsoup.parseBodyFragment(bodyHtml);
            body.outputSettings().prettyPrint(false);
            for (Element block : body.select(BLOCKS)) {
                if (!block.is(OWN_TEXT_BLOCKS) && !block.select(PARAGRAPH).isEmpty()) {
                    continue; // a quote or cell made of paragraphs: those are read on their own
                }
                String text = block.wholeText();
                if (block.is(PARAGRAPH)
                        && text.replace('\u00A0', ' ').isBlank()
                        && block.select(IMAGE).isEmpty()) {
                    warnings.add(
                            new Warning("empty-paragraph", "bodyHtml", "Đoạn văn trống", shorten(block.outerHtml())));
                    continue;
                }
                Text.add(texts, "bodyHtml", text);
            }
        }
        PairCounts pairs = new PairCounts(texts);
        Set<String> known = new HashSet<>();
        knownAbbreviations.forEach(a -> known.add(nfc(a)));
        for (Text text : texts) {
            years(text.field(), text.text(), warnings);
            doubleSpaces(text.field(), text.text(), warnings);
            repeatedWords(text, pairs, warnings);
            abbreviations(text, known, warnings);
        }
        return warnings;
    }

    /** A field's text (or a block of the body's), in NFC, with its words found once for every check. */
    private record Text(String field, String text, List<Word> words) {
        static void add(List<Text> texts, String field, String text) {
            if (text != null && !text.isBlank()) {
                String normalised = nfc(text);
                texts.add(new Text(field, normalised, EditorialWarnings.words(normalised)));
            }
        }
    }

    /** A run of letters and marks ({@code [\p{L}\p{M}]+}): where it stands and its lower case. */
    record Word(int start, int end, String lower) {}

    /**
     * The words of a text, found by a scan of its characters: the same runs as the pattern {@code [\p{L}\p{M}]+}
     * (two passes of that pattern over each text were a tenth of an imported page's time).
     */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(c);
            } while (i < n && isWordCharacter(c = text.codePointAt(i)));
            words.add(new Word(start, i, text.substring(start, i).toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A year after "năm" of five digits or more, or beyond the next decades: a key pressed twice. The pattern is
     * tried only where a run of three digits or more follows "năm" and white space: tried at every character, its
     * case-insensitive start was a twentieth of an imported page's time.
     */
    static void years(String field, String text, List<Warning> out) {
        Matcher m = YEAR_AFTER_NAM.matcher(text).useTransparentBounds(true);
        int latest = Year.now().getValue() + 30;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int digits = i;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            int spaces = digits;
            while (spaces > 0 && REGEX_SPACE.indexOf(text.charAt(spaces - 1)) >= 0) {
                spaces--;
            }
            int start = spaces - NAM.length();
            boolean candidate = i - digits >= 3
                    && spaces < digits
                    && start >= 0
                    && text.regionMatches(true, start, NAM, 0, NAM.length());
            if (!candidate || !m.region(start, n).lookingAt()) {
                continue;
            }
            String year = m.group(2);
            boolean implausible = year.length() >= 5 || (year.length() == 4 && Integer.parseInt(year) > latest);
            if (implausible) {
                out.add(new Warning("implausible-year", field, "Năm " + year + " có thể gõ nhầm", m.group()));
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Each run of two or more spaces with up to 20 letters of the words on either side. Found as the run first and
     * then widened: one pattern with the context around it tried twenty starts at every character, and took a
     * tenth of an imported page's time.
     */
    static void doubleSpaces(String field, String text, List<Warning> out) {
        int shown = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!isSpace(text.charAt(i)) || !isSpace(text.charAt(i + 1))) {
                continue;
            }
            int start = i;
            int end = i + 2;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            int from = start;
            int earliest = Math.max(shown, start - CONTEXT);
            while (from > earliest && SPACE_LIKE.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            int to = end;
            int latest = Math.min(text.length(), end + CONTEXT);
            while (to < latest && SPACE_LIKE.indexOf(text.charAt(to)) < 0) {
                to++;
            }
            out.add(new Warning("double-space", field, "Hai dấu cách liền nhau", text.substring(from, to)));
            shown = to;
            i = end - 1;
        }
    }

    /** A space or a no-break space: two of them together are a double space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    /**
     * A word twice in a row ("và và"), or a two-word phrase started again at once ("xây dựng xây" where the text
     * says "xây dựng" once more elsewhere), except words that stand so by design.
     */
    private static void repeatedWords(Text text, PairCounts pairs, List<Warning> out) {
        List<Word> words = text.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            Word word = words.get(i);
            Word next = words.get(i + 1);
            if (!onlySpacesBetween(text.text(), word, next)) {
                continue;
            }
            if (word.lower().equals(next.lower())) {
                if (!DOUBLED_BY_DESIGN.contains(word.lower())) {
                    out.add(repeated(text, word, next));
                }
            } else if (i + 2 < words.size()
                    && word.lower().equals(words.get(i + 2).lower())
                    && !AROUND_BY_DESIGN.contains(word.lower())
                    && onlySpacesBetween(text.text(), next, words.get(i + 2))
                    && pairs.of(word.lower(), next.lower()) >= 2
                    && !(i + 3 < words.size() && words.get(i + 3).lower().equals(next.lower()))) {
                out.add(repeated(text, word, words.get(i + 2)));
            }
        }
    }

    private static Warning repeated(Text text, Word from, Word to) {
        return new Warning(
                "repeated-word",
                text.field(),
                "Từ “" + from.lower() + "” bị lặp",
                text.text().substring(from.start(), to.end()));
    }

    private static boolean onlySpacesBetween(String text, Word left, Word right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    private static void abbreviations(Text text, Set<String> known, List<Warning> out) {
        Set<String> reported = new HashSet<>();
        for (Word word : text.words()) {
            if (!isAbbreviation(text.text(), word)) {
                continue;
            }
            String term = text.text().substring(word.start(), word.end());
            if (ROMAN_NUMERAL.matcher(term).matches()
                    || known.contains(term)
                    || isPartOfKnown(text.text(), word, known)
                    || !reported.add(term)) {
                continue;
            }
            out.add(new Warning(
                    "unknown-abbreviation",
                    text.field(),
                    "Chữ viết tắt “" + term + "” chưa có trong bảng" + " chữ viết tắt",
                    term));
        }
    }

    /**
     * Two or more capitals (Đ included) standing alone or joined by '-' or '/' (QCDC, BCĐ, 11-QĐ/TW): a word, as
     * {@link #words} finds them, of capitals only. What the pattern {@code (?<![\p{L}\p{M}])\p{Lu}{2,}(?![\p{L}\p{M}])}
     * found, without trying its look-behind at every character (and seeing a letter beyond the BMP before a capital,
     * which the JDK's look-behind did not).
     */
    static boolean isAbbreviation(String text, Word word) {
        int letters = 0;
        for (int i = word.start(); i < word.end(); i += Character.charCount(text.codePointAt(i))) {
            if (Character.getType(text.codePointAt(i)) != Character.UPPERCASE_LETTER) {
                return false;
            }
            letters++;
        }
        return letters >= 2;
    }

    /** KT-XH is known as a whole, though XH alone is not. */
    private static boolean isPartOfKnown(String text, Word word, Set<String> known) {
        int start = word.start();
        int end = word.end();
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return known.contains(text.substring(start, end).replaceAll("^-+|-+$", ""));
    }

    /**
     * How often each two neighbouring words stand in the texts, read one after the other. Counted when a
     * repetition first asks, which few articles do: counting every article's pairs was a tenth of its warnings.
     */
    private static final class PairCounts {
        private final List<Text> texts;
        private Map<String, Integer> counts;

        PairCounts(List<Text> texts) {
            this.texts = texts;
        }

        int of(String first, String second) {
            if (counts == null) {
                counts = new HashMap<>();
                String previous = null;
                for (Text text : texts) {
                    for (Word word : text.words()) {
                        if (previous != null) {
                            counts.merge(previous + " " + word.lower(), 1, Integer::sum);
                        }
                        previous = word.lower();
                    }
                }
            }
            return counts.getOrDefault(first + " " + second, 0);
        }
    }

    private static String shorten(String html) {
        return html.length() <= 60 ? html : html.substring(0, 57) + "…";
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
