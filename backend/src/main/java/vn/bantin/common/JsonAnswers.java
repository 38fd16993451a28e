package vn.bantin.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Base64;
import java.util.List;

/**
 * Public GET answers: serialised once to bytes, tagged with a strong ETag of those bytes and cacheable for a short
 * time, so that a client's If-None-Match is answered 304 without a body.
 */
@ApplicationScoped
public class JsonAnswers {
    private final ObjectMapper mapper;
    private final String cacheControl;

    public JsonAnswers(ObjectMapper mapper, BantinConfig config) {
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + config.cache().maxAgeSeconds()
                + ", stale-while-revalidate=" + config.cache().staleWhileRevalidateSeconds();
    }

    public Response ok(Request request, Object body) {
        return cacheable(request, body).build();
    }

    /** A page of a list, with X-Total-Count and a Link header to its neighbours. */
    public Response page(Request request, UriInfo uri, Paged<?> page) {
        Response.ResponseBuilder answer = cacheable(request, page)
                .header("X-Total-Count", page.totalItems());
        List<String> links = new java.util.ArrayList<>(2);
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.page() > 1 && page.totalPages() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, page.totalPages()), "prev"));
        }
        if (!links.isEmpty()) {
            answer.header("Link", String.join(", ", links));
        }
        return answer.build();
    }

    private Response.ResponseBuilder cacheable(Request request, Object body) {
        byte[] bytes = serialise(body);
        EntityTag etag = new EntityTag(fingerprint(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer = notModified != null
                ? notModified
                : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        return answer.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
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
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
