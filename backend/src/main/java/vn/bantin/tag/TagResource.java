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
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.ProblemException;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Tags", description = "Topics across categories")
public class TagResource {
    private final TagService tags;
    private final JsonAnswers answers;

    public TagResource(TagService tags, JsonAnswers answers) {
        this.tags = tags;
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "listTags", summary = "All tags, by name",
            description = "Every tag with the number of its publicly visible articles, by name.")
    @APIResponse(responseCode = "200", description = "Tags in Vietnamese alphabetical order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TagView.class)))
    public Response list(@Context Request request) {
        return answers.ok(request, tags.list());
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTag", summary = "One tag",
            description = "One tag by slug, with the number of its publicly visible articles.")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TagView.class)))
    public Response get(@Context Request request,
                        @Parameter(description = "Tag slug") @PathParam("slug") String slug) {
        return answers.ok(request, tags.find(slug)
                .orElseThrow(() -> ProblemException.notFound("No tag has the slug '" + slug + "'")));
    }
}
