package vn.bantin.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.account.Role;
import vn.bantin.common.Hanoi;

@Path("/api/v1/admin/backups")
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Backups", description = "A copy of the whole database while the site runs (ADMIN only)")
public class BackupResource {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(Hanoi.ZONE);

    private final DatabaseBackup backup;
    private final Clock clock;

    public BackupResource(DatabaseBackup backup, Clock clock) {
        this.backup = backup;
        this.clock = clock;
    }

    @POST
    @Produces("application/zip")
    @Operation(
            operationId = "backUp",
            summary = "Back the embedded database up (ADMIN)",
            description = "A zip of the embedded database as of one instant, taken while the site runs: every"
                    + " article, revision, account, medium and view statistic. To restore: stop the app, unzip it"
                    + " into the data folder (BANTIN_DATA_DIR), start the app. On PostgreSQL use pg_dump (409).")
    @APIResponse(
            responseCode = "200",
            description = "The backup",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "409",
            description = "PostgreSQL, backed up with pg_dump instead; or an in-memory"
                    + " database (tests), with nothing to back up")
    public Response backUp() throws IOException {
        java.nio.file.Path file = Files.createTempFile("bantin-backup-", ".zip");
        Files.delete(file); // BACKUP TO writes the file itself
        try {
            backup.writeTo(file);
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, "application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"bantin-" + STAMP.format(clock.instant()) + ".zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
