package vn.bantin.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A bulletin page saved as HTML from the old portal (NukeViet and its kind): the title, the meta line, the
 * category from the breadcrumb, the article's container with its images and links (made absolute), the author.
 * Navigation, sidebars, share buttons and scripts are left behind; what remains still goes through the sanitiser.
 */
final class HtmlPages {
    /** Where such portals put the bulletin's text, most specific first (NukeViet: #news-bodyhtml). */
    private static final Evaluator CONTAINERS = css("#news-bodyhtml, .news-bodyhtml, [itemprop=articleBody], .bodytext,"
            + " .news-content, .detail-content, .article-content, .content-detail, .entry-content, article");

    private static final Evaluator BOILERPLATE = css("script, style, noscript, template, form, iframe, object, embed,"
            + " nav, .share, .social, .socialicon, .fb-like, .print, .tools, .related, .news-related, .other-news");
    private static final Evaluator AUTHORS = css(".author, .news-author, [itemprop=author], [rel=author], .tacgia");
    private static final String SUMMARY_CLASSES = ".hometext, .sapo, .summary, .lead, .news-summary";
    private static final Evaluator SUMMARIES = css(SUMMARY_CLASSES);
    private static final Evaluator SUMMARIES_AND_TITLE = css(SUMMARY_CLASSES + ", h1");
    private static final Evaluator BREADCRUMBS = css(".breadcrumb a, .breadcrumbs a, [itemtype*=BreadcrumbList] a");
    private static final Evaluator CANONICAL = css("link[rel=canonical][href], meta[property=og:url][content]");
    private static final Evaluator META_LINES = css("*:containsOwn(Ngày đăng)");
    private static final Evaluator PUBLISHED_TIME = css("meta[property=article:published_time]");
    private static final Evaluator SECTION = css("meta[property=article:section]");
    private static final Evaluator OG_TITLE = css("meta[property=og:title]");
    private static final Evaluator TITLE = css("h1");
    private static final Evaluator BLOCKS = css("div, section, td, main");
    private static final Evaluator PARAGRAPH = css("p");
    private static final Evaluator IMAGE = css("img");
    private static final Evaluator IMAGE_SOURCES = css("img[src]");
    private static final Evaluator LINKS = css("a[href]");
    private static final Pattern HOME = Pattern.compile("(?iu)^(trang chủ|trang chu|home)$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)^(tác giả|người viết|tin|bài)\\s*:\\s*");
    private static final int MAX_AUTHOR = 80;

    private HtmlPages() {}

    /** Selectors are parsed once: parsing them again for every page was a seventh of reading it. */
    private static Evaluator css(String query) {
        return QueryParser.parse(query);
    }

    /** {@code baseUri} resolves relative links when the page names no canonical address of its own. */
    static OldPortalPage read(String html, String baseUri) throws PageUnreadable {
        Document page = Jsoup.parse(html, baseUri, Parser.htmlParser().setTrackPosition(true));
        page.outputSettings().prettyPrint(false); // the text verbatim: double spaces are the proof-reader's to see
        String canonical = page.select(CANONICAL).stream()
                .map(e -> e.hasAttr("href") ? e.attr("abs:href") : e.attr("content"))
                .filter(u -> u.startsWith("http"))
                .findFirst()
                .orElse(null);
        if (canonical != null) {
            page.setBaseUri(canonical);
        }
        String category = category(page);
        Element container = container(page);
        String title = title(page);
        MetaLine.Meta meta = meta(page);
        String summary = firstText(page.select(SUMMARIES));
        container.select(BOILERPLATE).remove();
        String author = author(page, container);
        makeLinksAbsolute(container);
        container.select(PARAGRAPH).stream()
                .filter(p -> TextPages.strip(p.wholeText()).isEmpty()
                        && p.select(IMAGE).isEmpty())
                .toList()
                .forEach(Element::remove);
        container.select(SUMMARIES_AND_TITLE).remove();
        String body = container.html().strip();
        if (TextPages.strip(container.wholeText()).isEmpty()
                && container.select(IMAGE).isEmpty()) {
            throw new PageUnreadable(line(container), "the bulletin's container has no text");
        }
        return new OldPortalPage(category, title, meta.publishedAt(), meta.viewCount(), author, summary, body);
    }

    private static String title(Document page) throws PageUnreadable {
        String title = firstText(page.select(TITLE));
        if (title == null) {
            title = page.select(OG_TITLE).attr("content");
        }
        if (title == null || title.isBlank()) {
            throw new PageUnreadable(0, "the page has no title (no <h1>, no og:title)");
        }
        return TextPages.strip(title);
    }

    private static MetaLine.Meta meta(Document page) throws PageUnreadable {
        for (Element e : page.body().select(META_LINES)) {
            MetaLine.Meta meta = MetaLine.find(e.text(), line(e));
            if (meta == null && e.parent() != null) {
                meta = MetaLine.find(e.parent().text(), line(e));
            }
            if (meta != null) {
                return meta;
            }
        }
        String published = page.select(PUBLISHED_TIME).attr("content");
        if (!published.isBlank()) {
            try {
                Instant at = OffsetDateTime.parse(published.trim()).toInstant();
                return new MetaLine.Meta(at, 0);
            } catch (DateTimeParseException e) {
                throw new PageUnreadable(
                        line(page.selectFirst(PUBLISHED_TIME)),
                        "article:published_time '" + published + "' is not a date and time with its offset");
            }
        }
        throw new PageUnreadable(0, "no line '" + MetaLine.FORM + "' and no article:published_time");
    }

    private static String category(Document page) throws PageUnreadable {
        List<String> crumbs = page.select(BREADCRUMBS).stream()
                .map(e -> TextPages.strip(e.text()))
                .filter(t -> !t.isEmpty() && !HOME.matcher(t).matches())
                .toList();
        if (!crumbs.isEmpty()) {
            return crumbs.get(crumbs.size() - 1);
        }
        String section = page.select(SECTION).attr("content");
        if (!section.isBlank()) {
            return TextPages.strip(section);
        }
        throw new PageUnreadable(0, "the page names no category (no breadcrumb, no article:section)");
    }

    /** The first known container, else the block holding the most paragraph text. */
    private static Element container(Document page) throws PageUnreadable {
        Element known = page.selectFirst(CONTAINERS);
        if (known != null) {
            return known;
        }
        return page.body().select(BLOCKS).stream()
                .max(Comparator.comparingInt(HtmlPages::ownParagraphText))
                .filter(e -> ownParagraphText(e) > 0)
                .orElseThrow(() -> new PageUnreadable(0, "the page has no paragraphs of text"));
    }

    private static int ownParagraphText(Element block) {
        return block.children().stream()
                .filter(c -> c.is(PARAGRAPH))
                .mapToInt(p -> p.text().length())
                .sum();
    }

    /** The marked author, else the container's last paragraph when it is a short signature (taken out of the text). */
    private static String author(Document page, Element container) throws PageUnreadable {
        Element marked = page.selectFirst(AUTHORS);
        if (marked != null && !TextPages.strip(marked.text()).isEmpty()) {
            String name = AUTHOR_LABEL.matcher(TextPages.strip(marked.text())).replaceFirst("");
            marked.remove();
            return name;
        }
        Elements paragraphs = container.select(PARAGRAPH);
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            Element last = paragraphs.get(i);
            String text = TextPages.strip(last.text());
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() <= MAX_AUTHOR
                    && !text.matches(".*[.:;!?…]$")
                    && last.select(IMAGE).isEmpty()) {
                last.remove();
                return AUTHOR_LABEL.matcher(text).replaceFirst("");
            }
            break;
        }
        throw new PageUnreadable(line(container), "no author's name: neither marked nor on the text's last line");
    }

    private static void makeLinksAbsolute(Element container) {
        for (Element img : container.select(IMAGE_SOURCES)) {
            img.attr("src", img.attr("abs:src").isEmpty() ? img.attr("src") : img.attr("abs:src"));
        }
        for (Element a : container.select(LINKS)) {
            a.attr("href", a.attr("abs:href").isEmpty() ? a.attr("href") : a.attr("abs:href"));
        }
    }

    private static String firstText(Elements elements) {
        return elements.stream()
                .map(e -> TextPages.strip(e.text()))
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static int line(Element e) {
        return e == null
                ? 0
                : Math.max(
                        0,
                        e.sourceRange().startPos() < 0
                                ? 0
                                : e.sourceRange().start().lineNumber());
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }
}
