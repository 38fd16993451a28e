package vn.bantin.media;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An upload that announces more bytes than the media library takes is answered 413 before its body is read.
 * (One without Content-Length is stopped by the server's body limit, and its size checked once on disk.)
 */
@ApplicationScoped
class RefuseLargeUploads {
    /** Room for the multipart boundaries and headers around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long limit;

    RefuseLargeUploads(MediaLibrary library) {
        this.limit = library.maxBytes() + MULTIPART_OVERHEAD;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 300);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (context.request().method() == HttpMethod.POST && "/api/v1/admin/media".equals(context.request().path())
                && length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > limit) {
            String body = "{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                    + "\"detail\":\"The file is larger than the " + (limit - MULTIPART_OVERHEAD) + " bytes that are taken\"}";
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close").end(body);
            return;
        }
        context.next();
    }
}
