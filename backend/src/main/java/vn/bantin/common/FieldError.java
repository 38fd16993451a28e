package vn.bantin.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid input: the bare property or parameter name and what is wrong with it.")
public record FieldError(
        @Schema(examples = "size") String field,
        @Schema(examples = "must be between 1 and 100") String message) {}
