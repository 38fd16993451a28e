package vn.bantin.common;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** A client mistake or a missing resource, answered as problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "about:blank", detail, null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "Parameter '" + errors.get(0).field() + "' is invalid: " + errors.get(0).message()
                : errors.size() + " parameters are invalid";
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), Problem.INVALID_INPUT_TYPE, detail, errors);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(type, Status.fromStatusCode(status).getReasonPhrase(), status, getMessage(), errors);
    }
}
