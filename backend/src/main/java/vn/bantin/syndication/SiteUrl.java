package vn.bantin.syndication;

import vn.bantin.common.BantinConfig;

/** BANTIN_SITE_URL as links are built from it: without the trailing slash a reader may have typed. */
final class SiteUrl {
    private SiteUrl() {
    }

    static String of(BantinConfig config) {
        String url = config.readerSite().url().trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
