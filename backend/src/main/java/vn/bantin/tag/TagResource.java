package vn.bantin.tag;

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
import vn.bantin.catalogue.Catalogue;
import vn.bantin.common.JsonAnswers;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags", description = "Topics across categories")
public class TagResource {
    private final Catalogue catalogue;
    private final JsonAnswers answers;

    public TagResource(Catalogue catalogue, JsonAnswers answers) {
        this.catalogue = catalogue;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listTags",
            summary = "All tags, by name",
            description = "Every tag with the number of its publicly visible articles, by name.")
    @APIResponse(
            responseCode = "200",
            description = "Tags in Vietnamese alphabetical order",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TagView.class)))
    public Response list(@Context Request request) {
        return answers.ok(request, catalogue.list(TagView.KIND));
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getTag",
            summary = "One tag",
            description = "One tag by slug, with the number of its publicly visible articles.")
    @APIResponse(
            responseCode = "200",
            description = "The tag",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response get(@Context Request request, @Parameter(description = "Tag slug") @PathParam("slug") String slug) {
        return answers.ok(request, catalogue.get(TagView.KIND, slug));
    }
}
