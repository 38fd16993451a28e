package vn.bantin.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.bantin.account.Role;
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.PageParams;
import vn.bantin.common.PageRequest;
import vn.bantin.common.ProblemException;
import vn.bantin.common.QueryParams;

@Path("/api/v1/admin/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
@Tag(name = "Media", description = "Photos and documents for bulletins")
public class MediaResource {
    private final MediaLibrary library;
    private final JsonAnswers answers;

    public MediaResource(MediaLibrary library, JsonAnswers answers) {
        this.library = library;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "uploadMedia",
            summary = "Upload a photo or a document",
            description = "JPEG, PNG, WebP, GIF or PDF, recognised by its bytes. Images lose their metadata (GPS,"
                    + " camera), are turned upright, and get variants 400, 800 and 1600 pixels wide (never wider"
                    + " than the original). The same bytes uploaded again answer 200 with the stored file.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same bytes were stored before",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "413", description = "Larger than BANTIN_MEDIA_MAX_BYTES")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG, WebP, GIF or PDF")
    public Response upload(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Context UriInfo uri,
            @Context SecurityContext security) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "a multipart field 'file' is required");
        }
        MediaLibrary.Upload upload = library.upload(
                file.uploadedFile(),
                file.fileName(),
                file.size(),
                security.getUserPrincipal().getName());
        Response.ResponseBuilder answer = upload.created()
                ? Response.created(
                        uri.getBaseUriBuilder().path(upload.medium().url()).build())
                : Response.ok();
        return answer.entity(upload.medium()).build();
    }

    @GET
    @Operation(
            operationId = "listMedia",
            summary = "The media library, newest first",
            description = "Every stored photo and document with its variants, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "A page of media",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaPage.class)))
    public Response list(@Context UriInfo uri, @BeanParam PageParams pageParams) {
        QueryParams params = new QueryParams();
        PageRequest paging = pageParams.parse(params);
        params.throwIfInvalid();
        return answers.editorialPage(uri, library.list(paging));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteMedia",
            summary = "Delete a file and its variants",
            description = "Refused while a publicly visible article shows it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A visible article uses it")
    public Response delete(@PathParam("id") long id) {
        if (!library.delete(id)) {
            throw ProblemException.notFound("No media file has the id " + id);
        }
        return Response.noContent().build();
    }
}
