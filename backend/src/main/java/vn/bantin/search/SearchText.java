package vn.bantin.search;

import org.jsoup.Jsoup;
import vn.bantin.article.Article;

/** The folded texts search reads, kept on the article on every write so that a search never parses bodies. */
public final class SearchText {
    private SearchText() {}

    public static void fill(Article article) {
        String summary = article.summary == null ? "" : article.summary;
        String author = article.author == null ? "" : article.author.name;
        String all = article.title + "\n" + summary + "\n" + plainText(article.bodyHtml) + "\n" + author;
        article.searchTitle = Folding.fold(article.title);
        article.searchSummary = Folding.fold(summary);
        article.searchAll = Folding.fold(all);
        article.searchAccented = Folding.accented(all);
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
