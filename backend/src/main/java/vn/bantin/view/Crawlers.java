package vn.bantin.view;

import java.util.regex.Pattern;

/** Known crawlers and link previewers by User-Agent: their visits are answered but not counted. */
final class Crawlers {
    // Generic words catch most bots ("bot" before a version, a ';' or at the end: "Googlebot", but not the phone
    // "CUBOT X19"); the rest are well-known agents that do not call themselves bots.
    // coccoc is Cốc Cốc's crawler, common in Vietnam. Plain HTTP libraries and headless browsers are not listed:
    // apps and our own browser tests use them.
    private static final Pattern KNOWN = Pattern.compile(
            "bot(?:[/;)-]|$)|crawl|spider|slurp|facebookexternalhit|facebookcatalog|baiduspider|yandex|coccoc"
                    + "|bingpreview|mediapartners-google|adsbot|applebot|petalbot|semrush|ahrefs|mj12bot|dotbot"
                    + "|zalo.*preview|scrapy|headlesschrome.*lighthouse",
            Pattern.CASE_INSENSITIVE);

    private Crawlers() {}

    static boolean isCrawler(String userAgent) {
        return userAgent != null && KNOWN.matcher(userAgent).find();
    }
}
