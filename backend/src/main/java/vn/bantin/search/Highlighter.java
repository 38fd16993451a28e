package vn.bantin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A short excerpt of plain text around the best match, HTML-escaped, with every matched word in {@code <mark>}.
 * Matching is on folded text, so "quy che" marks "Quy chế"; the marks wrap the original characters. A word typed
 * with its tone marks marks only that word: "Văn Tân" marks "Văn" and "Tân", never "vận" or "tấn", which the
 * folded search also finds (and ranks lower).
 */
public final class Highlighter {
    static final int EXCERPT = 180;
    /** How much of a text is folded first: a match in its head needs no more. */
    static final int HEAD = 800;

    private Highlighter() {}

    /** A text to look in, whose head may cost less than all of it (a body's first paragraphs, SearchText.body). */
    public interface Text {
        /** The text's first {@code chars} characters or about, cut anywhere; {@code whole} if nothing follows. */
        record Head(String text, boolean whole) {}

        Head head(int chars);

        String whole();

        static Text of(String text) {
            return new Text() {
                public Head head(int chars) {
                    return new Head(text, true);
                }

                public String whole() {
                    return text;
                }
            };
        }
    }

    /**
     * The excerpt around the whole phrase in the first text (in order of preference) that has it, else around
     * the first matched word; null when no text matches at all.
     */
    public static String highlight(SearchQuery query, List<String> texts) {
        return highlightIn(
                query, texts.stream().map(t -> t == null ? null : Text.of(t)).toList());
    }

    /** As {@link #highlight(SearchQuery, List)}, looking in each text's head first. */
    public static String highlightIn(SearchQuery query, List<Text> texts) {
        // Each alternative of each group is marked as a whole: "ban chi dao" as one phrase, never "chi" alone.
        List<String> words = new ArrayList<>();
        query.groups().forEach(group -> group.forEach(phrase -> words.add(String.join(" ", phrase))));
        Map<String, String> typed = typedWithMarks(query);
        Folding.Mapped[] folded = new Folding.Mapped[texts.size()];
        for (boolean wholePhrase : new boolean[] {true, false}) {
            for (int i = 0; i < texts.size(); i++) {
                Text text = texts.get(i);
                // A text's head first: most matches are there, and parsing and folding all of each body was most
                // of the app's time for a page of 100 results.
                Folding.Mapped mapped = folded[i] == null ? head(text) : folded[i];
                if (mapped == null) {
                    continue;
                }
                int at = find(mapped, query, words, wholePhrase);
                if (!mapped.whole() && (at < 0 || excerptPassesHead(mapped, at))) {
                    mapped = Folding.foldMapped(text.whole());
                    at = find(mapped, query, words, wholePhrase);
                }
                folded[i] = mapped;
                if (at >= 0) {
                    return excerpt(mapped, at, words, typed);
                }
            }
        }
        return null;
    }

    /** The fold of a text's head; null for no text. */
    private static Folding.Mapped head(Text text) {
        Text.Head head = text == null ? null : text.head(HEAD);
        if (head == null || head.text() == null || head.text().isBlank()) {
            return null;
        }
        Folding.Mapped mapped = Folding.foldMapped(head.text(), HEAD);
        return head.whole() ? mapped : mapped.partial();
    }

    /** Where the whole phrase, or else the first of the words, is in the space-padded folded text; -1 if not. */
    private static int find(Folding.Mapped mapped, SearchQuery query, List<String> words, boolean wholePhrase) {
        String padded = " " + mapped.text() + " ";
        return wholePhrase ? padded.indexOf(query.phrase()) : firstWord(padded, words);
    }

    /** Whether an excerpt around {@code foldedAt} could reach past the folded head. */
    private static boolean excerptPassesHead(Folding.Mapped mapped, int foldedAt) {
        int center = mapped.origin()[Math.min(foldedAt, mapped.text().length() - 1)];
        return center + EXCERPT >= mapped.original().length();
    }

    private static int firstWord(String padded, List<String> words) {
        int first = -1;
        for (String word : words) {
            int at = padded.indexOf(" " + word + " ");
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** {@code foldedAt} is the position in the space-padded folded text, so one more than in mapped.text(). */
    private static String excerpt(Folding.Mapped mapped, int foldedAt, List<String> words, Map<String, String> typed) {
        String original = mapped.original();
        int center = mapped.text().isEmpty()
                ? 0
                : mapped.origin()[Math.min(foldedAt, mapped.text().length() - 1)];
        int start = Math.max(0, center - EXCERPT / 3);
        int end = Math.min(original.length(), start + EXCERPT);
        start = Math.max(0, Math.min(start, end - EXCERPT));
        if (start > 0) {
            int space = original.indexOf(' ', start);
            start = space >= 0 && space < center ? space + 1 : start;
        }
        if (end < original.length()) {
            int space = original.lastIndexOf(' ', end);
            end = space > center ? space : end;
        }
        boolean[] marked = markedCharacters(mapped, words, typed);
        StringBuilder html = new StringBuilder(end - start + 40);
        if (start > 0) {
            html.append("… ");
        }
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i] && !open) {
                html.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                html.append("</mark>");
                open = false;
            }
            escape(original.charAt(i), html);
        }
        if (open) {
            html.append("</mark>");
        }
        if (end < original.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    /** Folded word → the accented form the reader typed, for the words typed with tone marks only. */
    static Map<String, String> typedWithMarks(SearchQuery query) {
        Map<String, String> typed = new HashMap<>();
        for (String token : query.accented().split("[^\\p{L}\\p{N}]+")) {
            String[] folded = Folding.words(token);
            if (folded.length == 1 && !folded[0].equals(token)) {
                typed.put(folded[0], token);
            }
        }
        return typed;
    }

    private static boolean[] markedCharacters(Folding.Mapped mapped, List<String> words, Map<String, String> typed) {
        boolean[] marked = new boolean[mapped.original().length() + 1];
        String padded = " " + mapped.text() + " ";
        for (String word : words) {
            String needle = " " + word + " ";
            for (int at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) {
                // Word by word, so that the spaces and punctuation between a phrase's words stay unmarked.
                int wordStart = at;
                for (String part : word.split(" ")) {
                    int from = mapped.origin()[wordStart];
                    int to = mapped.origin()[wordStart + part.length() - 1];
                    String wanted = typed.get(part);
                    if (wanted == null
                            || wanted.equals(Folding.accented(mapped.original().substring(from, to + 1)))) {
                        for (int i = from; i <= to; i++) {
                            marked[i] = true;
                        }
                    }
                    wordStart += part.length() + 1;
                }
            }
        }
        return marked;
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
