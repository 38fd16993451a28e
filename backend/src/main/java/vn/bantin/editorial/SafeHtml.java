package vn.bantin.editorial;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The news allow-list that every article body passes on its way in, by the OWASP Java HTML Sanitizer: what a
 * bulletin needs (paragraphs, headings h2–h4, lists, links, images, tables, quotes, figures, emphasis) and
 * nothing that can run. Links may go to http(s) and mailto only and open with {@code rel="noopener"}; images
 * come from http(s) or this site's {@code /media/}. Everything else is dropped, its text kept where it is text.
 */
public final class SafeHtml {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "h2",
                    "h3",
                    "h4",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "sub",
                    "sup",
                    "figure",
                    "figcaption",
                    "hr",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption")
            .allowElements("a")
            .allowStandardUrlProtocols() // http, https, mailto
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "abbr")
            .requireRelsOnLinks("noopener")
            .allowElements("abbr")
            .allowElements("img")
            .allowAttributes("src")
            .matching(ImageSources.PATTERN)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(NUMBER)
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(NUMBER)
            .onElements("td", "th")
            .toFactory();

    private SafeHtml() {}

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
