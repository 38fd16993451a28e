package vn.bantin.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ViewRequest")
public record ViewRequest(
        @Schema(
                format = "uuid",
                nullable = true,
                description = "A reader's random id, kept in the browser",
                examples = "3f1c2a9e-5b7d-4c11-9a2e-0d4b6f8e1a23")
        String visitorId) {}
