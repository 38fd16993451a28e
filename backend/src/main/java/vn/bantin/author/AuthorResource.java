package vn.bantin.author;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.catalogue.Catalogue;
import vn.bantin.common.JsonAnswers;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Who wrote the bulletins")
public class AuthorResource {
    private final Catalogue catalogue;
    private final JsonAnswers answers;

    public AuthorResource(Catalogue catalogue, JsonAnswers answers) {
        this.catalogue = catalogue;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listAuthors",
            summary = "All authors, by name",
            description = "Every author with the number of their publicly visible articles, in Vietnamese name order.")
    @APIResponse(
            responseCode = "200",
            description = "Authors in Vietnamese alphabetical order",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuthorView.class)))
    public Response list(@Context Request request) {
        return answers.ok(request, catalogue.list(AuthorView.KIND));
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getAuthor",
            summary = "One author",
            description = "One author by slug, with the number of their publicly visible articles.")
    @APIResponse(
            responseCode = "200",
            description = "The author",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuthorView.class)))
    public Response get(
            @Context Request request, @Parameter(description = "Author slug") @PathParam("slug") String slug) {
        return answers.ok(request, catalogue.get(AuthorView.KIND, slug));
    }
}
