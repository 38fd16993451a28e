package vn.bantin.common;

/** BANTIN_SITE_URL as links are built from it: without the trailing slash a reader may have typed. */
public final class SiteUrl {
    private SiteUrl() {}

    public static String of(BantinConfig config) {
        return trimmed(config.readerSite().url());
    }

    public static String trimmed(String url) {
        String site = url.trim();
        return site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
    }
}
