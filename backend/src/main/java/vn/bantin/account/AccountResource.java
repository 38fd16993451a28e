package vn.bantin.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.common.ProblemException;

@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Users", description = "Accounts of the editorial API (ADMIN only)")
public class AccountResource {
    private final Accounts accounts;

    public AccountResource(Accounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(
            operationId = "listUsers",
            summary = "All accounts, by username",
            description = "Every account with its role and state; passwords are never shown.")
    @APIResponse(responseCode = "200", description = "Accounts")
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "One account", description = "One account with its role and state.")
    @APIResponse(responseCode = "200", description = "The account")
    public AccountView get(@PathParam("id") long id) {
        return accounts.find(id).orElseThrow(() -> noAccount(id));
    }

    @POST
    @Operation(
            operationId = "createUser",
            summary = "Create an account",
            description = "EDITOR unless a role is given.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccountView.class)))
    public Response create(AccountRequest body, @Context UriInfo uri) {
        AccountView created = accounts.create(body == null ? new AccountRequest(null, null, null, null, null) : body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateUser",
            summary = "Change an account's name, password, role or state",
            description = "A new password, another role or disabling ends every session of the account at once.")
    @APIResponse(responseCode = "200", description = "The account as it is now")
    public AccountView update(@PathParam("id") long id, AccountRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.invalidField("username", "a body is required");
        }
        return accounts.update(id, body, security.getUserPrincipal().getName()).orElseThrow(() -> noAccount(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUser", summary = "Delete an account", description = "Its sessions end at once.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "An ADMIN cannot delete their own account")
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        if (!accounts.delete(id, security.getUserPrincipal().getName())) {
            throw noAccount(id);
        }
        return Response.noContent().build();
    }

    private static ProblemException noAccount(long id) {
        return ProblemException.notFound("No account has the id " + id);
    }
}
