package vn.bantin.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.common.ClientAddresses;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Tokens for the editorial API")
public class AuthResource {
    @Schema(name = "SignIn")
    public record SignIn(
            @Schema(examples = "admin") String username,
            @Schema(examples = "mot-mat-khau-dai") String password) {}

    @Schema(name = "Refresh")
    public record Refresh(
            @Schema(description = "The refreshToken of the last TokenAnswer")
            String refreshToken) {}

    private final Accounts accounts;
    private final Tokens tokens;
    private final SignInRate rate;
    private final ClientAddresses addresses;

    public AuthResource(Accounts accounts, Tokens tokens, SignInRate rate, ClientAddresses addresses) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.rate = rate;
        this.addresses = addresses;
    }

    @POST
    @Path("/token")
    @Operation(
            operationId = "signIn",
            summary = "Sign in",
            description = "Checks a username and password and answers an access token (minutes) and a refresh"
                    + " token (the rest of the working day). After 5 failed sign-ins for one username within"
                    + " 15 minutes the username is refused with 429 until that time has passed; more than"
                    + " BANTIN_AUTH_MAX_PER_MINUTE attempts (60) from one address in a minute are refused with 429"
                    + " too.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "The username or password is not correct (which, is not said)")
    @APIResponse(
            responseCode = "429",
            description = "Too many failed sign-ins for this username, or too many" + " sign-ins from this address",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)))
    public TokenAnswer signIn(SignIn body, @Context HttpServerRequest request) {
        rate.check(addresses.of(request));
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.username() == null || body.username().isBlank()) {
            errors.add(new FieldError("username", "is required"));
        }
        if (body == null || body.password() == null || body.password().isEmpty()) {
            errors.add(new FieldError("password", "is required"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return accounts.signIn(body.username(), body.password());
    }

    @POST
    @Path("/refresh")
    @Operation(
            operationId = "refreshToken",
            summary = "Renew the tokens of a sign-in",
            description = "Each refresh token works once: the answer carries the next one. Presenting one that was"
                    + " already used ends the whole sign-in.")
    @APIResponse(responseCode = "200", description = "New tokens of the same sign-in")
    @APIResponse(responseCode = "401", description = "The sign-in has ended: sign in again")
    public TokenAnswer refresh(Refresh body) {
        return tokens.refresh(body == null ? null : body.refreshToken())
                .orElseThrow(() -> ProblemException.unauthorized("The sign-in has ended; sign in again"));
    }

    @POST
    @Path("/sign-out")
    @Operation(
            operationId = "signOut",
            summary = "End a sign-in",
            description = "Its refresh token stops working at once; the access token runs out within minutes.")
    @APIResponse(responseCode = "204", description = "Signed out (also when the sign-in had already ended)")
    public Response signOut(Refresh body) {
        tokens.signOut(body == null ? null : body.refreshToken());
        return Response.noContent().build();
    }
}
