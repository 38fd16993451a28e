package vn.bantin.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.bantin.article.ArticleProblems;
import vn.bantin.common.ClientAddresses;
import vn.bantin.common.Problem;
import vn.bantin.common.ProblemException;
import vn.bantin.slug.Slugs;

/**
 * Records a view straight from the event loop, before the REST layer: the view endpoint is the one hot write of
 * the API (a beacon from every page read), and the REST layer's routing, parameter injection and serialisation
 * cost more per request than the view itself does under group commit. Same answers as {@link ViewResource},
 * which stays the documented endpoint and takes every request this does not (a percent-encoded slug, a chunked
 * or large body, HTTP/2 without a length), so the two share the body rules ({@link ViewBody}) and the
 * failures ({@link ViewRecorder#problemOf}).
 */
@ApplicationScoped
class RecordViewOnEventLoop {
    private static final String PREFIX = "/api/v1/articles/";
    private static final String SUFFIX = "/views";
    private static final int AFTER_CORS_AND_SECURITY = 50;
    /** A visitorId body is about 50 bytes; anything much longer is left to the REST layer's body limits. */
    private static final int MAX_BODY = 1024;

    private static final String JSON = "application/json;charset=UTF-8";
    private static final Logger LOG = Logger.getLogger(RecordViewOnEventLoop.class);

    private final ViewRecorder views;
    private final ObjectMapper mapper;
    private final ClientAddresses addresses;

    RecordViewOnEventLoop(ViewRecorder views, ObjectMapper mapper, ClientAddresses addresses) {
        this.views = views;
        this.mapper = mapper;
        this.addresses = addresses;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, AFTER_CORS_AND_SECURITY - 1);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String slug = request.method() == HttpMethod.POST ? plainSlug(request.path()) : null;
        if (slug == null || !bodyIsSmallAndDelimited(request)) {
            context.next();
            return;
        }
        request.body().onComplete(body -> {
            if (body.failed()) {
                context.fail(body.cause());
                return;
            }
            try {
                record(context, slug, body.result());
            } catch (ProblemException problem) {
                answer(context.response(), problem);
            } catch (RuntimeException e) {
                // As ProblemMappers does for the REST layer: logged, answered without naming the failure.
                LOG.error("Recording a view failed", e);
                answer(
                        context.response(),
                        new ProblemException(500, "about:blank", "The server could not answer this request", null));
            }
        });
        // Quarkus holds a request's body back until a handler asks for it: the REST layer resumes it itself.
        request.resume();
    }

    private void record(RoutingContext context, String slug, Buffer body) {
        HttpServerRequest request = context.request();
        UUID visitor = ViewBody.visitorOf(
                mapper, request.getHeader(HttpHeaders.CONTENT_TYPE), body.toString(StandardCharsets.UTF_8));
        if (!Slugs.isWellFormed(slug)) {
            throw ArticleProblems.notPublished(slug);
        }
        HttpServerResponse response = context.response();
        views.record(slug, visitor, request.getHeader(HttpHeaders.USER_AGENT), addresses.of(request))
                .whenComplete((result, failure) -> {
                    if (failure != null) {
                        answer(response, ViewRecorder.problemOf(failure));
                    } else {
                        response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(result.toJson());
                    }
                });
    }

    /** The slug of {@code /api/v1/articles/{slug}/views}, or null for any other path or an encoded slug. */
    private static String plainSlug(String path) {
        if (path == null
                || !path.startsWith(PREFIX)
                || !path.endsWith(SUFFIX)
                || path.length() <= PREFIX.length() + SUFFIX.length()) {
            return null;
        }
        String slug = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        return slug.indexOf('/') < 0 && slug.indexOf('%') < 0 ? slug : null;
    }

    private static boolean bodyIsSmallAndDelimited(HttpServerRequest request) {
        // A client that sent Expect: 100-continue waits for the REST layer's interim answer before the body.
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || request.getHeader(HttpHeaders.EXPECT) != null) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            // HTTP/1.1 without a length has no body; HTTP/2 may stream one, which the REST layer reads.
            return request.version() != HttpVersion.HTTP_2;
        }
        try {
            return Long.parseLong(length) <= MAX_BODY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answer(HttpServerResponse response, ProblemException problem) {
        if (problem.retryAfterSeconds() != null) {
            response.putHeader(
                    HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds().toString());
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(json(problem.toProblem())));
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view answer could not be written as JSON", e);
        }
    }
}
