package vn.bantin.common;

import java.util.Set;

/**
 * The query parameters each public GET reads. Everything else in a query is ignored by the endpoint, so it is
 * also left out of the read cache's key (a throw-away parameter must not make every search a miss) and out of
 * paging links (one client's extra parameters must not reach another's answer). OpenApiSpecTest checks that this
 * agrees with the parameters the resources declare.
 */
public final class ReadParameters {
    private static final Set<String> ARTICLES =
            Set.of("page", "size", "category", "author", "tag", "from", "to", "sort", "q");
    private static final Set<String> RELATED = Set.of("limit");
    private static final Set<String> MOST_VIEWED = Set.of("period", "limit", "category");
    private static final Set<String> EDITORIAL_ARTICLES = Set.of("status", "q", "category", "author", "page", "size");
    private static final Set<String> PAGE = Set.of("page", "size");
    private static final Set<String> STATS = Set.of("days");
    private static final Set<String> FEED = Set.of("category");

    private ReadParameters() {}

    public static Set<String> of(String path) {
        if (path.equals("/api/v1/articles")) {
            return ARTICLES;
        }
        if (path.equals("/api/v1/articles/most-viewed")) {
            return MOST_VIEWED;
        }
        if (path.startsWith("/api/v1/articles/") && path.endsWith("/related")) {
            return RELATED;
        }
        if (path.equals("/api/v1/feed.xml")) {
            return FEED;
        }
        if (path.equals("/api/v1/admin/articles")) {
            return EDITORIAL_ARTICLES;
        }
        if (path.equals("/api/v1/admin/media")) {
            return PAGE;
        }
        if (path.startsWith("/api/v1/admin/articles/") && path.endsWith("/stats")) {
            return STATS;
        }
        return Set.of();
    }

    /** The raw query's parameters that the path reads, in their order; empty names dropped. */
    public static java.util.List<String> kept(String path, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return java.util.List.of();
        }
        Set<String> read = of(path);
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!name.isEmpty() && read.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept;
    }
}
