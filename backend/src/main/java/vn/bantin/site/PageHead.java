package vn.bantin.site;

/**
 * What the server says of a reader page before any script runs: its status, and the title, description,
 * canonical address and Open Graph picture that search engines and link previews (Facebook, Zalo, which run no
 * JavaScript) take from the HTML; {@code content}, the page's text as HTML ({@link PageContent}), or null.
 * {@code movedTo}: the page's address changed (an edited article's old slug).
 */
record PageHead(
        int status,
        String title,
        String description,
        String path,
        String image,
        String type,
        String publishedAt,
        String content,
        String movedTo) {

    static PageHead of(String title, String description, String path) {
        return new PageHead(200, title, description, path, null, "website", null, null, null);
    }

    static PageHead notFound(String siteName) {
        return new PageHead(404, "Không tìm thấy trang | " + siteName, null, null, null, "website", null, null, null);
    }

    static PageHead moved(String path) {
        return new PageHead(301, null, null, null, null, null, null, null, path);
    }

    PageHead withContent(String html) {
        return new PageHead(status, title, description, path, image, type, publishedAt, html, movedTo);
    }
}
