package vn.bantin.site;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;

/**
 * Serves the built reader SPA (frontend/dist) beside the API, so that one process is enough to read bulletins.
 * Any other web server can host those static files instead (frontend/README.md); this does what it would:
 * hashed assets cached for a year, everything else revalidated, and every path that is not a file answered
 * with index.html, so that the SPA's routes (/bai-viet/…) survive a reload.
 */
@ApplicationScoped
class ReaderSite {
    private static final Logger LOG = Logger.getLogger(ReaderSite.class);
    private static final String NOT_API = "^/(?!api/|q/).*";

    void serve(@Observes Router router, BantinConfig config) {
        Path dir = Path.of(config.readerSite().dir()).toAbsolutePath().normalize();
        Path index = dir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            LOG.infof("No reader site at %s (build it with: npm --prefix frontend ci && npm --prefix frontend run build)",
                    dir);
            return;
        }
        router.getWithRegex(NOT_API).handler(ReaderSite::compressText);
        router.getWithRegex("^/assets/.*").handler(StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                .setMaxAgeSeconds(365L * 24 * 3600).setSendVaryHeader(false));
        router.getWithRegex(NOT_API).handler(context -> {
            context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            context.next();
        });
        router.getWithRegex(NOT_API).handler(StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                .setCachingEnabled(false).setSendVaryHeader(false));
        router.getWithRegex(NOT_API).handler(context -> spaFallback(context, index));
    }

    /**
     * With compression on, Quarkus marks every response {@code Content-Encoding: identity} unless its own handlers
     * lift it; these routes are ours, so lift it for text (the site's HTML, JS, CSS and JSON shrink 3-4x).
     */
    private static void compressText(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && (type.startsWith("text/") || type.startsWith("application/json")
                    || type.startsWith("application/javascript"))) {
                context.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
        context.next();
    }

    private static void spaFallback(RoutingContext context, Path index) {
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").sendFile(index.toString());
    }
}
