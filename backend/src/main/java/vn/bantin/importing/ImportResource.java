package vn.bantin.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.bantin.account.Role;
import vn.bantin.common.ProblemException;

@Path("/api/v1/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Imports", description = "Bringing in the bulletins of an old portal")
public class ImportResource {
    private final ImportJobs jobs;

    public ImportResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "startImport",
            summary = "Import a zip of the old portal's pages (ADMIN)",
            description = "Text pages as the old portal saves them (category heading, title, 'Ngày đăng dd/mm/yyyy"
                    + " | hh:mm | Lượt xem: N', paragraphs, author) and HTML pages (NukeViet and similar), in any"
                    + " folder layout; other files are counted and left. Runs as a job: poll its Location. Safe"
                    + " to repeat: unchanged pages are left, changed pages update their article (the earlier state"
                    + " kept as a revision), and an interrupted import goes on where it stopped.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; Location is the job to poll",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", description = "No file, or not a zip")
    public Response start(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Context UriInfo uri,
            @Context SecurityContext security) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "a multipart field 'file' with a zip is required");
        }
        ImportJob job = jobs.start(
                file.uploadedFile(),
                file.fileName(),
                security.getUserPrincipal().getName());
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder().path(job.id()).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "An import's progress, or its report once done (ADMIN)",
            description = "The counts, the pages that failed (file, line, reason), duplicates, pages converted from"
                    + " a legacy encoding, and the editorial warnings of each imported page.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportJob get(@PathParam("id") String id) {
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("No import has the id " + id));
    }
}
