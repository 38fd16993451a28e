package vn.bantin.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.bantin.readcache.ReadCache;
import vn.bantin.readcache.ServeFromReadCache;

/**
 * Public GET answers: serialised once to bytes, tagged with a strong ETag of those bytes and cacheable for a short
 * time, so that a client's If-None-Match is answered 304 without a body. The bytes and headers also go into the
 * {@link ReadCache}, from which the next identical request is answered without coming here.
 */
@ApplicationScoped
public class JsonAnswers {
    private static final String JSON = "application/json;charset=UTF-8";

    private final ObjectMapper mapper;
    private final String cacheControl;
    private final ReadCache readCache;
    private final CurrentVertxRequest currentRequest;

    public JsonAnswers(
            ObjectMapper mapper, BantinConfig config, ReadCache readCache, CurrentVertxRequest currentRequest) {
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + config.cache().maxAgeSeconds() + ", stale-while-revalidate="
                + config.cache().staleWhileRevalidateSeconds();
        this.readCache = readCache;
        this.currentRequest = currentRequest;
    }

    public Response ok(Request request, Object body) {
        return answer(request, serialise(body), JSON, List.of());
    }

    /** A public answer that is not JSON (the RSS feed, the sitemap), with the same ETag and caching. */
    public Response ok(Request request, byte[] body, String contentType) {
        return answer(request, body, contentType, List.of());
    }

    /** A page of a list, with X-Total-Count and a Link header to its neighbours. */
    public Response page(Request request, UriInfo uri, Paged<?> page) {
        return answer(request, serialise(page), JSON, pageHeaders(uri, page));
    }

    /**
     * A page of an editorial list: the same paging headers, never stored by any cache, and never in the read
     * cache (its answers depend on who asks).
     */
    public Response editorialPage(UriInfo uri, Paged<?> page) {
        Response.ResponseBuilder answer =
                Response.ok(page, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CACHE_CONTROL, "no-store");
        pageHeaders(uri, page).forEach(header -> answer.header(header.getKey(), header.getValue()));
        return answer.build();
    }

    private List<Map.Entry<String, String>> pageHeaders(UriInfo uri, Paged<?> page) {
        RoutingContext context = currentRequest.getCurrent();
        String path = context != null ? context.request().path() : uri.getPath();
        String query = context != null
                ? context.request().query()
                : uri.getRequestUri().getRawQuery();
        List<Map.Entry<String, String>> headers = new ArrayList<>(2);
        headers.add(Map.entry("X-Total-Count", Long.toString(page.totalItems())));
        List<String> links = new ArrayList<>(2);
        if (page.page() < page.totalPages()) {
            links.add(link(path, query, page.page() + 1, "next"));
        }
        if (page.page() > 1 && page.totalPages() > 0) {
            links.add(link(path, query, Math.min(page.page() - 1, page.totalPages()), "prev"));
        }
        if (!links.isEmpty()) {
            headers.add(Map.entry("Link", String.join(", ", links)));
        }
        return headers;
    }

    private Response answer(
            Request request, byte[] bytes, String contentType, List<Map.Entry<String, String>> headers) {
        EntityTag etag = new EntityTag(fingerprint(bytes));
        remember(bytes, contentType, etag, headers);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer =
                notModified != null ? notModified : Response.ok(bytes, MediaType.valueOf(contentType));
        // Browsers and CDNs get gzip, other clients the plain bytes: shared caches must keep both apart.
        answer.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept-Encoding");
        headers.forEach(header -> answer.header(header.getKey(), header.getValue()));
        return answer.build();
    }

    /** Stores the answer for the request's cache key, which ServeFromReadCache noted when it missed. */
    private void remember(byte[] bytes, String contentType, EntityTag etag, List<Map.Entry<String, String>> headers) {
        RoutingContext context = currentRequest.getCurrent();
        String key = context == null ? null : context.get(ServeFromReadCache.KEY);
        Long generation = context == null ? null : context.get(ServeFromReadCache.GENERATION);
        if (key == null || generation == null) {
            return;
        }
        String quotedTag = "\"" + etag.getValue() + "\"";
        List<Map.Entry<CharSequence, CharSequence>> wire = new ArrayList<>(headers.size() + 4);
        wire.add(Map.entry(io.vertx.core.http.HttpHeaders.CONTENT_TYPE, contentType));
        wire.add(Map.entry(io.vertx.core.http.HttpHeaders.ETAG, quotedTag));
        wire.add(Map.entry(io.vertx.core.http.HttpHeaders.CACHE_CONTROL, cacheControl));
        wire.add(Map.entry(io.vertx.core.http.HttpHeaders.VARY, "Accept-Encoding"));
        headers.forEach(header -> wire.add(Map.entry(header.getKey(), header.getValue())));
        readCache.store(key, generation, bytes, quotedTag, wire);
    }
    /**
     * Relative to the request (RFC 8288 allows it): built from the path and the parameters it reads alone, so
     * neither a missing Host header (HTTP/1.0) nor a forged one, nor another client's extra parameters (the
     * answer may be served from the read cache), gets into the link.
     */
    static String link(String path, String query, int page, String rel) {
        StringBuilder target = new StringBuilder(path).append('?');
        for (String parameter : ReadParameters.kept(path, query)) {
            if (!parameter.equals("page") && !parameter.startsWith("page=")) {
                target.append(parameter).append('&');
            }
        }
        return "<" + target.append("page=").append(page) + ">; rel=\"" + rel + "\"";
    }

    private byte[] serialise(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
