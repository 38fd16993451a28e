package vn.bantin.media;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.bantin.common.MediaNames;
import vn.bantin.common.RouteProblems;

/**
 * {@code GET /media/{name}} like a static file server: on the event loop from memory, from the database on a
 * worker otherwise. Names carry the content hash, so answers are immutable for a year; a strong ETag, one byte
 * range (PDF readers fetch pages that way), nosniff, and the uploaded Vietnamese name in Content-Disposition
 * (RFC 6266 / 5987).
 */
@ApplicationScoped
class ServeMedia {
    private static final Logger LOG = Logger.getLogger(ServeMedia.class);
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    /** Before the reader site's routes, which would answer any path with the SPA. */
    private static final int FIRST = -100;

    private final MediaStore store;
    private final Vertx vertx;

    ServeMedia(MediaStore store, Vertx vertx) {
        this.store = store;
        this.vertx = vertx;
    }

    void routes(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "^/media/.*").order(FIRST).handler(this::serve);
        router.routeWithRegex(HttpMethod.HEAD, "^/media/.*").order(FIRST).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String name = context.request().path().substring(MediaNames.PATH.length());
        if (!MediaNames.isWellFormed(name)) {
            notFound(context);
            return;
        }
        MediaStore.Stored kept = store.kept(name);
        if (kept != null) {
            answer(context, kept);
            return;
        }
        vertx.<Optional<MediaStore.Stored>>executeBlocking(() -> store.read(name), false)
                .onComplete(read -> {
                    if (read.failed()) {
                        LOG.error("Serving a media file failed", read.cause());
                        RouteProblems.answer(context.response(), 500, "The server could not answer this request");
                    } else if (read.result().isEmpty()) {
                        notFound(context);
                    } else {
                        answer(context, read.result().get());
                    }
                });
    }

    private static void answer(RoutingContext context, MediaStore.Stored file) {
        HttpServerResponse response = context.response();
        String etag = "\"" + file.name() + "\"";
        response.putHeader(HttpHeaders.CONTENT_TYPE, file.contentType())
                .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader(HttpHeaders.ACCEPT_RANGES, "bytes")
                .putHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(file.fileName()));
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            response.setStatusCode(304).end();
            return;
        }
        byte[] data = file.data();
        String range = context.request().getHeader("Range");
        long start = 0;
        long end = data.length - 1L;
        if (range != null) {
            Matcher m = RANGE.matcher(range.trim());
            if (m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
                try {
                    if (m.group(1).isEmpty()) { // the last N bytes
                        start = Math.max(0, data.length - Long.parseLong(m.group(2)));
                    } else {
                        start = Long.parseLong(m.group(1));
                        end = m.group(2).isEmpty() ? end : Math.min(end, Long.parseLong(m.group(2)));
                    }
                } catch (NumberFormatException e) {
                    start = data.length; // absurdly long digits: unsatisfiable
                }
                if (start >= data.length || start > end) {
                    response.putHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + data.length);
                    RouteProblems.answer(response, 416, "The file has " + data.length + " bytes");
                    return;
                }
                response.setStatusCode(206)
                        .putHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + data.length);
            } // anything else (several ranges, other units) is answered with the whole file, as RFC 9110 allows
        }
        int length = (int) (end - start + 1);
        response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(length));
        if (context.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(length).appendBytes(data, (int) start, length));
        }
    }

    /** inline, with an ASCII fallback for old clients and the real name in UTF-8. */
    static String disposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static void notFound(RoutingContext context) {
        RouteProblems.answer(context.response(), 404, "No media file has this name");
    }
}
