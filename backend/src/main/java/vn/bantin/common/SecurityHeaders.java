package vn.bantin.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, whoever makes it (REST layer, read cache, media, reader site, errors): no
 * content-type sniffing, no full URLs in Referer to other sites, and no framing of our pages by other sites.
 */
@ApplicationScoped
class SecurityHeaders {
    private static final int FIRST = 500;

    void register(@Observes Filters filters) {
        filters.register(this::handle, FIRST);
    }

    private void handle(RoutingContext context) {
        context.response()
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "strict-origin-when-cross-origin")
                .putHeader("Content-Security-Policy", "frame-ancestors 'self'");
        context.next();
    }
}
