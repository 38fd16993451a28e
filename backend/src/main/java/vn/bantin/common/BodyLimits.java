package vn.bantin.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Request bodies sized to their endpoint, refused with 413 before they are read when their Content-Length says
 * more: a view is under 100 bytes, an article under 4 MB of JSON, an upload under the media limit, and nothing
 * else takes a body. (96 view requests of 10 MiB each once took the app from 0.9 to 3.8 GB.) A body without
 * Content-Length is bounded by the server's limit (BANTIN_HTTP_MAX_BODY), its endpoint reading it as a stream.
 */
@ApplicationScoped
public class BodyLimits {
    static final long VIEW = 1024;
    static final long EDITORIAL = 4L * 1024 * 1024;
    static final long OTHER = 64 * 1024;
    /** Room for the multipart boundaries and headers around an uploaded file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    /** Before CORS (400), so that a flood of large bodies costs as little as possible. */
    private static final int FIRST = 450;

    private final long media;

    BodyLimits(BantinConfig config) {
        this.media = config.media().maxBytes() + MULTIPART_OVERHEAD;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, FIRST);
    }

    long limitOf(String path) {
        if (path == null) {
            return OTHER;
        }
        if (path.equals("/api/v1/admin/media")) {
            return media;
        }
        if (path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/auth")) {
            return EDITORIAL;
        }
        if (path.startsWith("/api/v1/articles/") && path.endsWith("/views")) {
            return VIEW;
        }
        return OTHER;
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length, limitOf(request.path()))) {
            // The rest of the body is never read: once the answer is out, the connection goes.
            context.response()
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ignored -> request.connection().close());
            RouteProblems.answer(
                    context.response(),
                    413,
                    "The request body is larger than the " + limitOf(request.path()) + " bytes this resource takes");
            return;
        }
        context.next();
    }

    private static boolean exceeds(String length, long limit) {
        if (length.isEmpty() || length.length() > 18 || !length.chars().allMatch(Character::isDigit)) {
            return false; // the server itself refuses a malformed length
        }
        return Long.parseLong(length) > limit;
    }
}
