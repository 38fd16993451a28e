package vn.bantin.editorial;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "An earlier state of an article, kept when it was saved over")
public record Revision(
        @Schema(description = "The article's version in that state", examples = "2")
        long version,

        String title,

        @Schema(description = "Who saved that state ('system' for what was loaded at start)", examples = "van.tan")
        String editedBy,

        OffsetDateTime editedAt,
        EditorialArticle article) {}
