package vn.bantin.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response.Status;

/** problem+json answers of the routes that run before the REST layer (which has {@link ProblemMappers}). */
public final class RouteProblems {
    private RouteProblems() {}

    /** {@code detail} must be plain text without quotes or backslashes: it is written as is. */
    public static void answer(HttpServerResponse response, int status, String detail) {
        Status known = Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff")
                .end("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
