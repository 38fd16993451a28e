package vn.bantin.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * The contract's two CORS policies, decided before anything else answers (the read cache included). Public
 * routes publish public content and answer any origin, for reading and recording views only. Editorial routes
 * ({@code /api/v1/admin}, {@code /api/v1/auth}) answer only the configured origins and the site's own, and are
 * never stored by a cache ({@code Cache-Control: no-store}, also on their errors).
 */
@ApplicationScoped
public class CorsPolicy {
    /** Before the read cache (50) and the security checks, so that a preflight needs neither. */
    private static final int FIRST = 400;

    private static final String PUBLIC_METHODS = "GET, HEAD, POST";
    private static final String PUBLIC_HEADERS = "Content-Type, If-None-Match";
    private static final String EDITORIAL_METHODS = "GET, POST, PUT, DELETE";
    private static final String EDITORIAL_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match";
    private static final String EXPOSED = "ETag, X-Total-Count, Link, Location, Retry-After";
    private static final String MAX_AGE = "86400";

    private final Set<String> editorialOrigins;

    CorsPolicy(BantinConfig config) {
        this.editorialOrigins = Set.copyOf(config.auth().adminOrigins().orElse(List.of()));
    }

    public static boolean isEditorial(String path) {
        return path != null && (path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/auth"));
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, FIRST);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        boolean editorial = isEditorial(request.path());
        if (editorial) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        response.headers().add(HttpHeaders.VARY, "Origin");
        boolean allowed = !editorial || editorialOrigins.contains(origin) || isOwn(request, origin);
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (allowed) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            if (preflight) {
                response.putHeader(
                                HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                                editorial ? EDITORIAL_METHODS : PUBLIC_METHODS)
                        .putHeader(
                                HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                                editorial ? EDITORIAL_HEADERS : PUBLIC_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
            } else {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            }
        }
        if (preflight) {
            // Without the Allow-* headers the browser refuses the real request; nothing else needs saying.
            response.setStatusCode(allowed ? 204 : 403).end();
            return;
        }
        context.next();
    }

    /** A page of the site itself: the editor pages served beside the API. */
    private static boolean isOwn(HttpServerRequest request, String origin) {
        var authority = request.authority();
        return authority != null && (origin.equals("http://" + authority) || origin.equals("https://" + authority));
    }
}
