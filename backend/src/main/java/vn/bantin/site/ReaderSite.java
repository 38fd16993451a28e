package vn.bantin.site;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.RouteProblems;
import vn.bantin.common.SiteUrl;

/**
 * Serves the built reader SPA (frontend/dist) beside the API, so that one process is enough to read bulletins.
 * Any other web server can host those static files instead (frontend/README.md); this does what it would:
 * hashed assets cached for a year, everything else revalidated, and the SPA's own routes (/bai-viet/…) answered
 * with index.html so that they survive a reload, its head filled for that page ({@link PageHeads}: the title,
 * description and Open Graph tags that link previews read, 404 for an unknown article). Only regular files inside the folder are served: no dot-files,
 * nothing a symbolic link leads to outside it. Other paths answer 404: with the SPA's not-found page for a reader,
 * as problem+json under /assets/, and paths of the API and Quarkus (in any case, or with ';') are left to them,
 * as are the sitemap and robots.txt, which name the site's configured address (vn.bantin.syndication).
 */
@ApplicationScoped
class ReaderSite {
    private static final Logger LOG = Logger.getLogger(ReaderSite.class);
    /** Everything but the API's and Quarkus' own paths, however they are spelled. */
    private static final String SITE = "(?i)^/(?!(?:api|q)(?:[/;?]|$)|sitemap(?:-\\d+)?\\.xml$|robots\\.txt$).*";

    private static final Pattern SPA_ROUTE = Pattern.compile(
            "^/(?:|index\\.html|bai-viet/[^/]+|chuyen-muc/[^/]+|tac-gia(?:/[^/]+)?|the(?:/[^/]+)?|tim-kiem"
                    + "|quan-tri(?:/.*)?)$");

    void serve(@Observes Router router, BantinConfig config, PageHeadSource heads) {
        Path dir = Path.of(config.readerSite().dir()).toAbsolutePath().normalize();
        Path index = dir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            LOG.infof(
                    "No reader site at %s (build it with: npm --prefix frontend ci && npm --prefix frontend run build)",
                    dir);
            return;
        }
        Path realDir = realPath(dir);
        String policy = ContentSecurityPolicy.of(dir);
        Pages pages = new Pages(
                new IndexPage(read(index)),
                heads,
                SiteUrl.of(config),
                config.readerSite().name());
        router.getWithRegex(SITE).handler(ReaderSite::compressText);
        router.getWithRegex(SITE).handler(context -> {
            context.response().putHeader("Content-Security-Policy", policy);
            if (!isServableFile(realDir, context.request().path())) {
                notAFile(context, pages);
            } else {
                context.next();
            }
        });
        router.getWithRegex("^/assets/.*")
                .handler(StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                        .setIncludeHidden(false)
                        .setMaxAgeSeconds(365L * 24 * 3600)
                        .setSendVaryHeader(false));
        router.getWithRegex(SITE).handler(context -> {
            context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            context.next();
        });
        router.getWithRegex(SITE)
                .handler(StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                        .setIncludeHidden(false)
                        .setCachingEnabled(false)
                        .setSendVaryHeader(false));
    }

    /** A regular file inside the folder, reached without a dot-file or directory and without leaving it. */
    static boolean isServableFile(Path realDir, String rawPath) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.equals("/") || path.contains("/.") || path.contains("\\") || path.indexOf('\0') >= 0) {
            return false;
        }
        Path file = realDir.resolve(path.substring(1)).normalize();
        if (!file.startsWith(realDir) || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return file.toRealPath().startsWith(realDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static void notAFile(RoutingContext context, Pages pages) {
        String path = context.request().path();
        if (path.startsWith("/assets/")) {
            RouteProblems.answer(context.response(), 404, "No such file");
            return;
        }
        if (!SPA_ROUTE.matcher(path).matches()) {
            pages.send(context, PageHead.notFound(pages.siteName()));
            return;
        }
        // The head names the page's article or category: a database read, off the event loop.
        context.vertx().executeBlocking(() -> pages.heads().of(path), false).onComplete(found -> {
            if (found.succeeded()) {
                pages.send(context, found.result());
            } else {
                LOG.warnf(
                        "The page head of %s could not be read (%s): the site-wide one is sent",
                        path, found.cause().toString());
                pages.send(context, PageHead.of(pages.siteName(), null, null));
            }
        });
    }

    /** index.html with each page's head: 200, 404 with the SPA's not-found page, or 301 to an article's new address. */
    private record Pages(IndexPage index, PageHeadSource heads, String siteUrl, String siteName) {
        void send(RoutingContext context, PageHead head) {
            if (head.movedTo() != null) {
                context.response()
                        .setStatusCode(301)
                        .putHeader(HttpHeaders.LOCATION, head.movedTo())
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .end();
                return;
            }
            context.response()
                    .setStatusCode(head.status())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(index.with(head, siteUrl, siteName));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With compression on, Quarkus marks every response {@code Content-Encoding: identity} unless its own handlers
     * lift it; these routes are ours, so lift it for text (the site's HTML, JS, CSS and JSON shrink 3-4x).
     */
    private static void compressText(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null
                    && (type.startsWith("text/")
                            || type.startsWith("application/json")
                            || type.startsWith("application/javascript"))) {
                context.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
        context.next();
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
