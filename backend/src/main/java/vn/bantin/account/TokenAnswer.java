package vn.bantin.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TokenAnswer",
        description = "A signed-in session: a short-lived access token and the refresh token"
                + " that renews it (each refresh token works once and is replaced by the next)")
public record TokenAnswer(
        @Schema(description = "Send as 'Authorization: Bearer …'", examples = "eyJhbGciOiJSUzI1NiJ9…")
        String accessToken,

        @Schema(examples = "Bearer") String tokenType,

        @Schema(description = "Seconds the access token is accepted", examples = "900")
        long expiresIn,

        @Schema(description = "For POST /api/v1/auth/refresh", examples = "dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu")
        String refreshToken,

        @Schema(description = "Seconds until the sign-in ends and the password is asked again", examples = "86400")
        long refreshExpiresIn) {}
