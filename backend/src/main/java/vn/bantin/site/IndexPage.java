package vn.bantin.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built index.html with a page's own head: its title, description, canonical link, Open Graph and Twitter
 * tags, in place of the site-wide ones the build wrote. The rest of the file (the hashed scripts, the inline CSS
 * that the Content-Security-Policy names by hash) is left exactly as built.
 */
final class IndexPage {
    private static final Pattern TITLE = Pattern.compile("<title>.*?</title>", Pattern.DOTALL);
    private static final Pattern DESCRIPTION = Pattern.compile("\\s*<meta name=\"description\"[^>]*>");
    /** Where the SPA mounts, as index.html writes it. */
    private static final String APP = "<div id=\"app\"></div>";

    private static final Pattern CANONICAL = Pattern.compile("\\s*<link rel=\"canonical\"[^>]*>");

    private final String template;
    /** The build's site-wide description, kept on pages that have none of their own (search, indexes). */
    private final String builtDescription;

    IndexPage(String builtIndex) {
        Matcher description = DESCRIPTION.matcher(builtIndex);
        this.builtDescription = description.find() ? description.group() : "";
        this.template = CANONICAL
                .matcher(DESCRIPTION.matcher(builtIndex).replaceAll(""))
                .replaceAll("");
    }

    String with(PageHead head, String siteUrl, String siteName) {
        StringBuilder tags = new StringBuilder();
        if (head.description() != null) {
            meta(tags, "name", "description", head.description());
        } else {
            tags.append(builtDescription);
        }
        if (head.status() == 404) {
            meta(tags, "name", "robots", "noindex");
        }
        if (head.path() != null) {
            String url = siteUrl + head.path();
            tags.append("\n    <link rel=\"canonical\" href=\"")
                    .append(escape(url))
                    .append("\" />");
            meta(tags, "property", "og:url", url);
            meta(tags, "property", "og:type", head.type());
            meta(tags, "property", "og:site_name", siteName);
            meta(
                    tags,
                    "property",
                    "og:title",
                    head.title().endsWith(" | " + siteName)
                            ? head.title().substring(0, head.title().length() - siteName.length() - 3)
                            : head.title());
            if (head.description() != null) {
                meta(tags, "property", "og:description", head.description());
            }
            meta(tags, "property", "og:locale", "vi_VN");
            if (head.image() != null) {
                meta(
                        tags,
                        "property",
                        "og:image",
                        head.image().startsWith("/") ? siteUrl + head.image() : head.image());
            }
            if (head.publishedAt() != null) {
                meta(tags, "property", "article:published_time", head.publishedAt());
            }
            meta(tags, "name", "twitter:card", head.image() != null ? "summary_large_image" : "summary");
        }
        String page = TITLE.matcher(template)
                .replaceFirst(Matcher.quoteReplacement("<title>" + escape(head.title()) + "</title>" + tags));
        return head.content() == null ? page : page.replace(APP, prerendered(head.content(), siteName) + APP);
    }

    /**
     * The page's text before the SPA's root: a plain header and the text. main.tsx keeps it on screen until the SPA
     * has rendered the same page, then puts the SPA in its place.
     */
    private static String prerendered(String content, String siteName) {
        return "<div id=\"prerendered\"><header class=\"banner\"><div class=\"container banner__inner\">"
                + "<a class=\"banner__home\" href=\"/\"><span class=\"banner__name\">" + escape(siteName)
                + "</span></a></div></header><main class=\"container\">" + content + "</main></div>\n    ";
    }

    private static void meta(StringBuilder tags, String kind, String name, String content) {
        tags.append("\n    <meta ")
                .append(kind)
                .append("=\"")
                .append(name)
                .append("\" content=\"")
                .append(escape(content))
                .append("\" />");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
