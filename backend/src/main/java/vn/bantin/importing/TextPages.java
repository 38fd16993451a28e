package vn.bantin.importing;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.common.Html;

/**
 * A bulletin page saved as text from the old portal ({@code seed/bulletin-2024-07-10.txt}): the category heading
 * (the page shows it twice), the title, the meta line ({@link MetaLine}), the paragraphs one per line, and the
 * author's name on the last line. Paragraphs are kept exactly as they stand, double spaces and typos included.
 */
final class TextPages {
    /** An author line longer than this is a paragraph: the page has lost its signature. */
    private static final int MAX_AUTHOR = 80;

    private TextPages() {}

    static OldPortalPage read(String text) throws PageUnreadable {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = nextFilled(lines, 0);
        if (i < 0) {
            throw new PageUnreadable(0, "the page is empty");
        }
        String category = onceIfTwice(strip(lines[i]));
        i = nextFilled(lines, i + 1);
        if (i >= 0 && strip(lines[i]).equals(category)) {
            i = nextFilled(lines, i + 1); // the heading on a line of its own, twice
        }
        List<String> title = new ArrayList<>();
        MetaLine.Meta meta = null;
        int titleLine = i + 1;
        for (; i >= 0; i = nextFilled(lines, i + 1)) {
            if (MetaLine.STARTS.matcher(lines[i]).find()) {
                meta = MetaLine.find(lines[i], i + 1);
                if (meta == null) {
                    throw new PageUnreadable(i + 1, "the date line should read '" + MetaLine.FORM + "'");
                }
                break;
            }
            title.add(strip(lines[i]));
        }
        if (meta == null) {
            throw new PageUnreadable(titleLine, "no line '" + MetaLine.FORM + "' follows the title");
        }
        if (title.isEmpty()) {
            throw new PageUnreadable(i + 1, "the page has no title above its date line");
        }
        List<String> paragraphs = new ArrayList<>();
        int last = -1;
        for (i = nextFilled(lines, i + 1); i >= 0; i = nextFilled(lines, i + 1)) {
            paragraphs.add(lines[i]);
            last = i;
        }
        if (paragraphs.isEmpty()) {
            throw new PageUnreadable(lines.length, "the page ends after its date line: no text, no author");
        }
        String author = strip(paragraphs.remove(paragraphs.size() - 1));
        if (author.length() > MAX_AUTHOR || author.matches(".*[.:;!?…]$")) {
            throw new PageUnreadable(last + 1, "the last line should be the author's name, not text");
        }
        if (paragraphs.isEmpty()) {
            throw new PageUnreadable(last + 1, "the page has no text between its date line and its author");
        }
        return new OldPortalPage(
                category,
                String.join(" ", title),
                meta.publishedAt(),
                meta.viewCount(),
                author,
                null,
                Html.paragraphs(paragraphs));
    }

    /** The index of the next line with text from {@code from} on, or -1. */
    private static int nextFilled(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!strip(lines[i]).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** "TIN TỨC TIN TỨC" is the heading "TIN TỨC" shown twice (a page title and a block title run together). */
    private static String onceIfTwice(String heading) {
        int half = heading.length() / 2;
        if (heading.length() % 2 == 1
                && heading.charAt(half) == ' '
                && heading.substring(0, half).equals(heading.substring(half + 1))) {
            return heading.substring(0, half);
        }
        return heading;
    }

    /**
     * Trimmed of white space and no-break spaces, which such pages are full of. By hand: as a pattern (compiled
     * for each line, and trying the trailing run at every character) it was a fifth of reading a page.
     */
    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** {@code [\s\u00A0]}: the spaces of a pattern without UNICODE_CHARACTER_CLASS, and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || (c >= '\t' && c <= '\r');
    }
}
