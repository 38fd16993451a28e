package vn.bantin.editorial;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The slips a proof-reader of the committee's office looks for, found in the title, the summary and each block of
 * the body: an implausible year ("năm 20024"), a word or phrase started twice ("xây dựng xây"), doubled spaces,
 * empty paragraphs, and abbreviations that the glossary does not explain. Each finding names its field and the
 * words as they stand, so that an editor can find the place.
 */
public final class EditorialWarnings {
    private static final Pattern YEAR_AFTER_NAM = Pattern.compile("(?iu)\\b(năm)\\s+(\\d{3,})\\b");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]{2,}");
    /** What ends the words shown around a double space: whitespace or a no-break space. */
    private static final String SPACE_LIKE = " \t\n\u000B\f\r\u00A0";

    private static final int CONTEXT = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Two or more capitals (Đ included) standing alone or joined by '-' or '/': QCDC, BCĐ, 11-QĐ/TW. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{M}])(\\p{Lu}{2,})(?![\\p{L}\\p{M}])");

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
        List<String> bodyBlocks = new ArrayList<>();
        if (bodyHtml != null && !bodyHtml.isBlank()) {
            Document body = Jsoup.parseBodyFragment(bodyHtml);
            body.outputSettings().prettyPrint(false);
            for (Element block : body.select("p, h2, h3, h4, li, td, th, blockquote, figcaption")) {
                if (!block.is("p, h2, h3, h4, figcaption") && !block.select("p").isEmpty()) {
                    continue; // a quote or cell made of paragraphs: those are read on their own
                }
                String text = block.wholeText();
                if (block.is("p")
                        && text.replace('\u00A0', ' ').isBlank()
                        && block.select("img").isEmpty()) {
                    warnings.add(
                            new Warning("empty-paragraph", "bodyHtml", "Đoạn văn trống", shorten(block.outerHtml())));
                    continue;
                }
                bodyBlocks.add(text);
            }
        }
        String allText = String.join(
                "\n", title == null ? "" : title, summary == null ? "" : summary, String.join("\n", bodyBlocks));
        java.util.Map<String, Integer> pairs = wordPairs(allText);
        Set<String> known = new HashSet<>();
        knownAbbreviations.forEach(a -> known.add(nfc(a)));
        check("title", title, pairs, known, warnings);
        check("summary", summary, pairs, known, warnings);
        for (String block : bodyBlocks) {
            check("bodyHtml", block, pairs, known, warnings);
        }
        return warnings;
    }

    private static void check(
            String field, String text, java.util.Map<String, Integer> pairs, Set<String> known, List<Warning> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        text = nfc(text);
        years(field, text, out);
        doubleSpaces(field, text, out);
        repeatedWords(field, text, pairs, out);
        abbreviations(field, text, known, out);
    }

    /** A year after "năm" of five digits or more, or beyond the next decades: a key pressed twice. */
    private static void years(String field, String text, List<Warning> out) {
        Matcher m = YEAR_AFTER_NAM.matcher(text);
        int latest = Year.now().getValue() + 30;
        while (m.find()) {
            String digits = m.group(2);
            boolean implausible = digits.length() >= 5 || (digits.length() == 4 && Integer.parseInt(digits) > latest);
            if (implausible) {
                out.add(new Warning("implausible-year", field, "Năm " + digits + " có thể gõ nhầm", m.group()));
            }
        }
    }

    /**
     * Each run of two or more spaces with up to 20 letters of the words on either side. Found as the run first and
     * then widened: one pattern with the context around it tried twenty starts at every character, and took a
     * tenth of an imported page's time.
     */
    private static void doubleSpaces(String field, String text, List<Warning> out) {
        Matcher m = SPACES.matcher(text);
        int shown = 0;
        while (m.find()) {
            int from = m.start();
            int earliest = Math.max(shown, m.start() - CONTEXT);
            while (from > earliest && SPACE_LIKE.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            int to = m.end();
            int latest = Math.min(text.length(), m.end() + CONTEXT);
            while (to < latest && SPACE_LIKE.indexOf(text.charAt(to)) < 0) {
                to++;
            }
            out.add(new Warning("double-space", field, "Hai dấu cách liền nhau", text.substring(from, to)));
            shown = to;
        }
    }

    /**
     * A word twice in a row ("và và"), or a two-word phrase started again at once ("xây dựng xây" where the text
     * says "xây dựng" once more elsewhere), except words that stand so by design.
     */
    private static void repeatedWords(
            String field, String text, java.util.Map<String, Integer> pairs, List<Warning> out) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            if (!onlySpacesBetween(text, spans.get(i), spans.get(i + 1))) {
                continue;
            }
            if (word.equals(words.get(i + 1))) {
                if (!DOUBLED_BY_DESIGN.contains(word)) {
                    out.add(repeated(field, text, spans.get(i), spans.get(i + 1), word));
                }
            } else if (!AROUND_BY_DESIGN.contains(word)
                    && i + 2 < words.size()
                    && word.equals(words.get(i + 2))
                    && onlySpacesBetween(text, spans.get(i + 1), spans.get(i + 2))
                    && pairs.getOrDefault(word + " " + words.get(i + 1), 0) >= 2
                    && !(i + 3 < words.size() && words.get(i + 3).equals(words.get(i + 1)))) {
                out.add(repeated(field, text, spans.get(i), spans.get(i + 2), word));
            }
        }
    }

    private static Warning repeated(String field, String text, int[] from, int[] to, String word) {
        return new Warning("repeated-word", field, "Từ “" + word + "” bị lặp", text.substring(from[0], to[1]));
    }

    private static boolean onlySpacesBetween(String text, int[] left, int[] right) {
        return text.substring(left[1], right[0]).chars().allMatch(c -> c == ' ' || c == '\u00A0');
    }

    private static void abbreviations(String field, String text, Set<String> known, List<Warning> out) {
        Matcher m = ABBREVIATION.matcher(text);
        Set<String> reported = new HashSet<>();
        while (m.find()) {
            String term = m.group(1);
            if (ROMAN_NUMERAL.matcher(term).matches()
                    || known.contains(term)
                    || isPartOfKnown(text, m, known)
                    || !reported.add(term)) {
                continue;
            }
            out.add(new Warning(
                    "unknown-abbreviation",
                    field,
                    "Chữ viết tắt “" + term + "” chưa có trong bảng" + " chữ viết tắt",
                    term));
        }
    }

    /** KT-XH is known as a whole, though XH alone is not. */
    private static boolean isPartOfKnown(String text, Matcher m, Set<String> known) {
        int start = m.start(1);
        int end = m.end(1);
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return known.contains(text.substring(start, end).replaceAll("^-+|-+$", ""));
    }

    /** How often each two neighbouring words stand in the text. */
    private static java.util.Map<String, Integer> wordPairs(String text) {
        java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
        String previous = null;
        Matcher m = WORD.matcher(nfc(text));
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (previous != null) {
                pairs.merge(previous + " " + word, 1, Integer::sum);
            }
            previous = word;
        }
        return pairs;
    }

    private static String shorten(String html) {
        return html.length() <= 60 ? html : html.substring(0, 57) + "…";
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
