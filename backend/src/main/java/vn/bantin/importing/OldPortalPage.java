package vn.bantin.importing;

import java.time.Instant;
import java.util.List;

/**
 * One bulletin as the old portal showed it. {@code category} is the name as the page gives it (often in capitals);
 * {@code bodyHtml} is what will be sanitised on the way in, like any editor's body.
 */
record OldPortalPage(
        String category,
        String title,
        Instant publishedAt,
        long viewCount,
        String author,
        String summary,
        String bodyHtml) {

    /** What decides whether a page has changed since it was imported; the view count only grows, apart. */
    List<String> content() {
        return List.of(category, title, publishedAt.toString(), author, summary == null ? "" : summary, bodyHtml);
    }
}
