package vn.bantin.common;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** A client mistake or a missing resource, answered as problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String type, String detail, List<FieldError> errors) {
        this(status, type, detail, errors, null);
    }

    private ProblemException(
            int status, String type, String detail, List<FieldError> errors, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503: the server cannot take this now; the client may try again after the given seconds. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(
                Status.SERVICE_UNAVAILABLE.getStatusCode(), "about:blank", detail, null, retryAfterSeconds);
    }

    /** 429: the client must wait the given seconds. */
    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        return new ProblemException(429, "about:blank", detail, null, retryAfterSeconds);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Status.UNAUTHORIZED.getStatusCode(), "about:blank", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN.getStatusCode(), "about:blank", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), "about:blank", detail, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Status.PRECONDITION_FAILED.getStatusCode(), "about:blank", detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "about:blank", detail, null);
    }

    /** 400 for one field of a request body. */
    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "about:blank", detail, null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "Parameter '" + errors.get(0).field() + "' is invalid: "
                        + errors.get(0).message()
                : errors.size() + " parameters are invalid";
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), Problem.INVALID_INPUT_TYPE, detail, errors);
    }

    public int status() {
        return status;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem(type, Status.fromStatusCode(status).getReasonPhrase(), status, getMessage(), errors);
    }
}
