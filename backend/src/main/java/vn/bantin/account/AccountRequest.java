package vn.bantin.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "UserRequest",
        description =
                "Create (username and password required) or update an account;"
                        + " on update, an omitted password keeps the current one, and a new password ends the account's sessions")
public record AccountRequest(
        @Schema(description = "3 to 50 of a-z, 0-9, '.', '_', '-'; cannot change", examples = "van.tan")
        String username,

        @Schema(nullable = true, examples = "Văn Tân") String displayName,

        @Schema(
                nullable = true,
                description = "At least 10 characters, at most 72 bytes",
                examples = "mot-mat-khau-dai")
        String password,

        @Schema(nullable = true, description = "Default EDITOR")
        Role role,

        @Schema(nullable = true, description = "Default true")
        Boolean enabled) {}
