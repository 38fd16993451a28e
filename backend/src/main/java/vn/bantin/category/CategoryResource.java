package vn.bantin.category;

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

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "Sections of the bulletin site")
public class CategoryResource {
    private final Catalogue catalogue;
    private final JsonAnswers answers;

    public CategoryResource(Catalogue catalogue, JsonAnswers answers) {
        this.catalogue = catalogue;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listCategories",
            summary = "All categories, in menu order",
            description = "Every category with the number of its publicly visible articles, ordered by position.")
    @APIResponse(
            responseCode = "200",
            description = "Categories ordered by position",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = CategoryView.class)))
    public Response list(@Context Request request) {
        return answers.ok(request, catalogue.list(CategoryView.KIND));
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getCategory",
            summary = "One category",
            description = "One category by slug, with the number of its publicly visible articles.")
    @APIResponse(
            responseCode = "200",
            description = "The category",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CategoryView.class)))
    public Response get(
            @Context Request request, @Parameter(description = "Category slug") @PathParam("slug") String slug) {
        return answers.ok(request, catalogue.get(CategoryView.KIND, slug));
    }
}
