package vn.bantin.readcache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answers a public GET from the read cache on the event loop, before the REST layer is involved; on a miss it
 * notes the key and the cache generation for {@link vn.bantin.common.JsonAnswers} to store the answer under.
 * Runs after the CORS filter, so a cached answer carries the same CORS headers as a fresh one.
 */
@ApplicationScoped
public class ServeFromReadCache {
    /** Routing-context keys under which a miss hands its cache key and generation to the REST layer. */
    public static final String KEY = "bantin.read-cache.key";

    public static final String GENERATION = "bantin.read-cache.generation";
    private static final String PUBLIC_API = "/api/v1/";
    private static final String EDITORIAL_API = "/api/v1/admin";
    private static final int AFTER_CORS_AND_SECURITY = 50;
    /** q=0 (or 0.0, 0.00, 0.000) refuses a type; q=0.8 does not. */
    private static final Pattern REFUSES_SOMETHING = Pattern.compile("q=0(?:\\.0{0,3})?(?![\\d.])");

    private final ReadCache cache;
    private final Counter hits;
    private final Counter misses;

    ServeFromReadCache(ReadCache cache, MeterRegistry registry) {
        this.cache = cache;
        this.hits = Counter.builder("bantin.read.cache")
                .description("Public GETs by whether the read cache answered")
                .tag("result", "hit")
                .register(registry);
        this.misses = Counter.builder("bantin.read.cache")
                .description("Public GETs by whether the read cache answered")
                .tag("result", "miss")
                .register(registry);
    }

    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::handle, AFTER_CORS_AND_SECURITY);
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (request.method() != HttpMethod.GET
                || path == null
                || !path.startsWith(PUBLIC_API)
                || path.startsWith(EDITORIAL_API)) {
            context.next();
            return;
        }
        String key = CacheKey.of(path, request.query());
        CachedAnswer answer = cache.lookup(key);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (answer != null && !accepts(accept, answer.contentType())) {
            context.next(); // the REST layer negotiates properly (and answers 406 where it must)
            return;
        }
        if (answer == null) {
            misses.increment();
            context.put(KEY, key);
            context.put(GENERATION, cache.generation());
            context.next();
            return;
        }
        hits.increment();
        HttpServerResponse response = context.response();
        for (Map.Entry<CharSequence, CharSequence> header : answer.headers()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        if (answer.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
        } else if (request.version() == HttpVersion.HTTP_2) {
            // HTTP/2's encoder compresses whatever the Content-Encoding header names, so it gets the plain bytes.
            response.end(answer.body());
        } else if (CachedAnswer.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            // Already compressed: HTTP/1.1's compressor leaves an answer that names its Content-Encoding alone.
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip").end(answer.gzipped());
        } else {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
                    .end(answer.body());
        }
    }

    static boolean acceptsJson(String accept) {
        return accepts(accept, "application/json;charset=UTF-8");
    }

    /**
     * Whether the client takes the kind of answer that the cache holds (JSON, or the feed's RSS, which feed readers
     * also ask for as application/xml or text/xml). Anything unusual goes to the REST layer, which negotiates
     * properly (and answers 406 where it must).
     */
    static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isEmpty()) {
            return true;
        }
        if (REFUSES_SOMETHING.matcher(accept).find()) {
            return false;
        }
        String essence = contentType.split(";", 2)[0].trim();
        String family = essence.substring(0, essence.indexOf('/') + 1) + "*";
        return accept.contains(essence)
                || accept.contains("*/*")
                || accept.contains(family)
                || (essence.endsWith("xml") && (accept.contains("application/xml") || accept.contains("text/xml")));
    }
}
