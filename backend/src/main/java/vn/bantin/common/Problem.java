package vn.bantin.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape of the API: RFC 9457 problem details. */
@Schema(name = "Problem", description = "application/problem+json (RFC 9457)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(examples = "about:blank") String type,
        @Schema(examples = "Bad Request") String title,
        @Schema(examples = "400") int status,

        @Schema(examples = "Query parameter 'size' is invalid")
        String detail,

        @Schema(nullable = true, description = "Present for invalid input")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String INVALID_INPUT_TYPE = "/problems/invalid-input";
}
