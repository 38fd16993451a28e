package vn.bantin.search;

import org.jsoup.Jsoup;

/** The folded texts search reads, kept on the article on every write so that a search never parses bodies. */
public final class SearchText {
    private SearchText() {}

    /** The folded title and summary, {@code all} (title, summary, the body's text, the author's name) and the same accented. */
    public record Folded(String title, String summary, String all, String accented) {}

    public static Folded of(String title, String summary, String bodyHtml, String authorName) {
        String summaryText = summary == null ? "" : summary;
        String author = authorName == null ? "" : authorName;
        String all = title + "\n" + summaryText + "\n" + plainText(bodyHtml) + "\n" + author;
        return new Folded(Folding.fold(title), Folding.fold(summaryText), Folding.fold(all), Folding.accented(all));
    }

    /**
     * A body's text to highlight in: its head is the text of the HTML's first few thousand characters, cut
     * anywhere (jsoup closes what is left open), so that a match in the first paragraphs costs no parse of the rest.
     */
    public static Highlighter.Text body(String html) {
        return new Highlighter.Text() {
            private String whole;

            public Head head(int chars) {
                int cut = html == null || html.length() <= 3 * chars ? -1 : html.indexOf('>', 3 * chars);
                return cut < 0 ? new Head(whole(), true) : new Head(plainText(html.substring(0, cut + 1)), false);
            }

            public String whole() {
                if (whole == null) {
                    whole = plainText(html);
                }
                return whole;
            }
        };
    }

    /** The text a reader sees of an HTML body: tags gone, entities decoded. */
    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
