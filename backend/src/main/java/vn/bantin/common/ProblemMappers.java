package vn.bantin.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into one problem+json answer. Framework exceptions (unknown route, wrong method, wrong media
 * type) keep their status; anything unexpected is a 500 whose detail never names a class or shows a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder answer = answer(e.toProblem());
        if (e.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return answer.build();
    }

    /** No token, or one that is invalid, expired or of an ended session: the same answer for each. */
    @ServerExceptionMapper({
        io.quarkus.security.UnauthorizedException.class,
        io.quarkus.security.AuthenticationFailedException.class
    })
    public Response unauthenticated(RuntimeException e) {
        return answer(plain(Status.UNAUTHORIZED, "Sign in to use the editorial API: a valid access token is needed"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return answer(plain(Status.FORBIDDEN, "The account's role does not allow this"))
                .build();
    }

    @ServerExceptionMapper
    public Response unknownRoute(NotFoundException e, ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return answer(plain(Status.NOT_FOUND, "No resource at " + path)).build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, ContainerRequestContext request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return answer(plain(Status.INTERNAL_SERVER_ERROR, "The server could not answer this request"))
                    .build();
        }
        Response.ResponseBuilder builder =
                answer(new Problem("about:blank", reason(status), status, frameworkDetail(status), null));
        copyHeader(original, builder, HttpHeaders.RETRY_AFTER);
        if (status == 405) {
            Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
            builder.header(
                    HttpHeaders.ALLOW,
                    allow != null
                            ? allow
                            : allowedMethods(
                                    request.getUriInfo().getRequestUri().getRawPath()));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return answer(ProblemException.invalid(errors).toProblem()).build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return answer(new Problem(
                        Problem.INVALID_INPUT_TYPE,
                        reason(400),
                        400,
                        "The request body is not valid JSON of the expected shape",
                        null))
                .build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return answer(plain(Status.INTERNAL_SERVER_ERROR, "The server could not answer this request"))
                .build();
    }

    private static String frameworkDetail(int status) {
        return switch (status) {
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "This resource can only answer application/json";
            case 415 -> "The request body must be application/json";
            default -> reason(status);
        };
    }

    /**
     * RFC 9110 wants Allow on every 405, and the REST layer does not say which methods a path has. The public API
     * reads, except that a view is recorded by POST.
     */
    private static String allowedMethods(String path) {
        return path.endsWith("/views") ? "POST" : "GET, HEAD";
    }

    private static Problem plain(Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    private static String reason(int status) {
        Status known = Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    private static Response.ResponseBuilder answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
