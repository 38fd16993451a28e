package vn.bantin.site;

import static vn.bantin.site.IndexPage.escape;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.bantin.article.ArticleCard;
import vn.bantin.article.ArticleSummary;
import vn.bantin.article.ArticleView;

/**
 * The text of a reader page as HTML, sent inside index.html so that it is there before any script runs: for
 * readers on a slow phone (the bulletin shows while the SPA loads, then the SPA takes its place: main.tsx) and for
 * crawlers and link previews that run none. Same classes as the SPA's components, so it reads alike; the SPA is the
 * page readers use, this is its first paint.
 */
final class PageContent {
    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy | HH:mm");
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    private PageContent() {}

    /** The bulletin: breadcrumb, title, the old portal's meta line, summary, body (sanitised when saved), author. */
    static String article(ArticleView whole) {
        ArticleCard article = whole.article();
        StringBuilder html = new StringBuilder(whole.bodyHtml().length() + 1024);
        html.append("<article class=\"bulletin\">");
        html.append("<nav class=\"breadcrumb\" aria-label=\"Đường dẫn\"><ol><li><a href=\"/\">Trang chủ</a></li>");
        if (article.category() != null) {
            html.append("<li class=\"bulletin__category\"><a href=\"/chuyen-muc/")
                    .append(escape(article.category().slug()))
                    .append("\">")
                    .append(escape(capitals(article.category().name())))
                    .append("</a></li>");
        }
        html.append("</ol></nav>");
        html.append("<h1 class=\"bulletin__title\">")
                .append(escape(article.title()))
                .append("</h1>");
        if (article.publishedAt() != null) {
            html.append("<p class=\"bulletin__meta\">")
                    .append(metaLine(article.publishedAt(), article.viewCount()))
                    .append("</p>");
        }
        if (article.summary() != null && !article.summary().isBlank()) {
            html.append("<p class=\"bulletin__summary\">")
                    .append(escape(article.summary()))
                    .append("</p>");
        }
        html.append("<div class=\"bulletin__body\">").append(whole.bodyHtml()).append("</div>");
        if (article.author() != null) {
            html.append("<p class=\"bulletin__author\"><a href=\"/tac-gia/")
                    .append(escape(article.author().slug()))
                    .append("\" rel=\"author\">")
                    .append(escape(article.author().name()))
                    .append("</a></p>");
        }
        return html.append("</article>").toString();
    }

    /** A page of bulletins: its heading and their titles, each a link, with the date. */
    static String list(String heading, List<ArticleSummary> items) {
        StringBuilder html = new StringBuilder(256 + items.size() * 200);
        html.append("<h1 class=\"page-heading\">").append(escape(heading)).append("</h1><ul class=\"article-list\">");
        for (ArticleCard item : items.stream().map(ArticleSummary::article).toList()) {
            html.append("<li><h2 class=\"article-list__title\"><a href=\"/bai-viet/")
                    .append(escape(item.slug()))
                    .append("\">")
                    .append(escape(item.title()))
                    .append("</a></h2>");
            if (item.publishedAt() != null) {
                html.append("<p class=\"article-list__meta\">")
                        .append(item.publishedAt()
                                .atZoneSameInstant(HANOI)
                                .format(DATE)
                                .substring(0, 10))
                        .append("</p>");
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** A category's name as the committee's site shows it in headings and the breadcrumb: in capitals. */
    static String capitals(String name) {
        return name.toUpperCase(VIETNAMESE);
    }

    /** "Ngày đăng 10/07/2024 | 14:49 | Lượt xem: 130", as under the title on the old portal and in the SPA. */
    static String metaLine(OffsetDateTime publishedAt, long views) {
        String count = String.format(java.util.Locale.ROOT, "%,d", views).replace(',', '.');
        return "Ngày đăng " + publishedAt.atZoneSameInstant(HANOI).format(DATE) + " | Lượt xem: " + count;
    }
}
