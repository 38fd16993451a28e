package vn.bantin.importing;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "An import started through the API, with its progress or its final report")
public record ImportJob(
        @Schema(examples = "6f1c2a8e-3b7d-4d3e-9a55-0c8f1d2e4b6a")
        String id,

        @Schema(
                description = "INTERRUPTED: the instance running it stopped, or a queued job's instance did; upload"
                        + " the zip again to go on (pages already imported are left as they are)")
        State state,

        @Schema(nullable = true, examples = "cong-thong-tin-cu.zip")
        String fileName,

        @Schema(examples = "admin") String startedBy,

        @Schema(implementation = String.class, format = "date-time")
        OffsetDateTime createdAt,

        @Schema(implementation = String.class, format = "date-time")
        OffsetDateTime updatedAt,

        @Schema(nullable = true, description = "Why the job stopped before its end; failed pages are in the report")
        String error,

        ImportReport report) {

    @Schema(name = "ImportState")
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        INTERRUPTED
    }
}
