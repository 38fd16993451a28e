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

    /** The text a reader sees of an HTML body: tags gone, entities decoded. */
    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
