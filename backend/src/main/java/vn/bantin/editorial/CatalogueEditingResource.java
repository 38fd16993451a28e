package vn.bantin.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.account.Role;
import vn.bantin.author.AuthorView;
import vn.bantin.catalogue.Catalogue;
import vn.bantin.catalogue.CatalogueKind;
import vn.bantin.category.CategoryView;
import vn.bantin.tag.TagView;

/** Managing categories, authors and tags by slug; their public GETs show the result at once. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
@Tag(name = "Editorial catalogue", description = "Categories, authors and tags")
public class CatalogueEditingResource {
    private static final String IN_USE = "Still used by an article";

    private final CatalogueEditing editing;
    private final Catalogue catalogue;

    public CatalogueEditingResource(CatalogueEditing editing, Catalogue catalogue) {
        this.editing = editing;
        this.catalogue = catalogue;
    }

    @POST
    @Path("/categories")
    @Operation(
            operationId = "createCategory",
            summary = "Create a category",
            description = "The slug is made from the name unless given; the answer is the category as readers see it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CategoryView.class)))
    public Response createCategory(CatalogueRequests.CategoryRequest body, @Context UriInfo uri) {
        return created(uri, CategoryView.KIND, editing.saveCategory(null, body));
    }

    @PUT
    @Path("/categories/{slug}")
    @Operation(
            operationId = "updateCategory",
            summary = "Change a category",
            description = "A full update: name, slug, description and position.")
    @APIResponse(responseCode = "200", description = "Changed")
    public CategoryView updateCategory(@PathParam("slug") String slug, CatalogueRequests.CategoryRequest body) {
        return catalogue.get(CategoryView.KIND, editing.saveCategory(slug, body));
    }

    @DELETE
    @Path("/categories/{slug}")
    @Operation(
            operationId = "deleteCategory",
            summary = "Delete a category no article uses",
            description = "Refused with 409 while any article, archived ones included, is in it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = IN_USE)
    public Response deleteCategory(@PathParam("slug") String slug) {
        editing.delete(CategoryView.KIND, slug);
        return Response.noContent().build();
    }

    @POST
    @Path("/authors")
    @Operation(
            operationId = "createAuthor",
            summary = "Create an author",
            description = "The slug is made from the name unless given; the answer is the author as readers see it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuthorView.class)))
    public Response createAuthor(CatalogueRequests.AuthorRequest body, @Context UriInfo uri) {
        return created(uri, AuthorView.KIND, editing.saveAuthor(null, body));
    }

    @PUT
    @Path("/authors/{slug}")
    @Operation(
            operationId = "updateAuthor",
            summary = "Change an author",
            description = "A full update: name, slug, bio and avatar.")
    @APIResponse(responseCode = "200", description = "Changed")
    public AuthorView updateAuthor(@PathParam("slug") String slug, CatalogueRequests.AuthorRequest body) {
        return catalogue.get(AuthorView.KIND, editing.saveAuthor(slug, body));
    }

    @DELETE
    @Path("/authors/{slug}")
    @Operation(
            operationId = "deleteAuthor",
            summary = "Delete an author no article uses",
            description = "Refused with 409 while any article, archived ones included, names the author.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = IN_USE)
    public Response deleteAuthor(@PathParam("slug") String slug) {
        editing.delete(AuthorView.KIND, slug);
        return Response.noContent().build();
    }

    @POST
    @Path("/tags")
    @Operation(
            operationId = "createTag",
            summary = "Create a tag",
            description = "The slug is made from the name unless given; the answer is the tag as readers see it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    public Response createTag(CatalogueRequests.TagRequest body, @Context UriInfo uri) {
        return created(uri, TagView.KIND, editing.saveTag(null, body));
    }

    @PUT
    @Path("/tags/{slug}")
    @Operation(operationId = "updateTag", summary = "Change a tag", description = "A full update: name and slug.")
    @APIResponse(responseCode = "200", description = "Changed")
    public TagView updateTag(@PathParam("slug") String slug, CatalogueRequests.TagRequest body) {
        return catalogue.get(TagView.KIND, editing.saveTag(slug, body));
    }

    @DELETE
    @Path("/tags/{slug}")
    @Operation(
            operationId = "deleteTag",
            summary = "Delete a tag no article uses",
            description = "Refused with 409 while any article, archived ones included, carries the tag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = IN_USE)
    public Response deleteTag(@PathParam("slug") String slug) {
        editing.delete(TagView.KIND, slug);
        return Response.noContent().build();
    }

    /** 201 with the public resource's address, where readers will find it. */
    private Response created(UriInfo uri, CatalogueKind<?, ?> kind, String slug) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/" + kind.collection() + "/" + slug)
                        .build())
                .entity(catalogue.get(kind, slug))
                .build();
    }
}
