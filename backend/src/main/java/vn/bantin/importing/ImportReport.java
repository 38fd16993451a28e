package vn.bantin.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.editorial.Warning;

/** What an import did so far, or in the end: the same numbers the command prints. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "Pages (text and HTML files) in the folder")
        int total,

        @Schema(description = "Pages handled so far, in any way")
        int done,

        @Schema(description = "New articles") int created,

        @Schema(description = "Articles whose page changed since it was imported; the earlier state is a revision")
        int updated,

        @Schema(description = "Pages imported before and unchanged")
        int unchanged,

        @Schema(description = "Pages that are the same bulletin as another page")
        int duplicates,

        @Schema(description = "Pages that could not be read or saved")
        int failed,

        @Schema(description = "Files that are not pages (images, styles, scripts)")
        int skipped,

        @Schema(description = "Pages converted from a legacy encoding")
        int converted,

        @Schema(description = "Pages per second since the start")
        double pagesPerSecond,

        @Schema(
                nullable = true,
                description = "Estimated seconds until the end; null before the first page or after the last")
        Long secondsLeft,

        @Schema(description = "Seconds since the start, or the whole run's once it is over")
        double seconds,

        List<Failure> failures,
        List<Duplicate> duplicateFiles,
        List<Conversion> conversions,

        @Schema(description = "The editorial warnings of each page imported or updated in this run, for proof-reading")
        List<PageWarnings> warnings) {

    @Schema(name = "ImportFailure")
    public record Failure(
            @Schema(examples = "2019/tin-123.html") String file,

            @Schema(description = "1-based; 0 when the page as a whole is at fault")
            int line,

            @Schema(examples = "no line 'Ngày đăng dd/mm/yyyy | hh:mm | Lượt xem: N' follows the title")
            String reason) {}

    @Schema(name = "ImportDuplicate")
    public record Duplicate(
            String file,

            @Schema(description = "The page that holds the article")
            String sameAs,

            long articleId) {}

    @Schema(name = "ImportConversion")
    public record Conversion(
            String file, @Schema(examples = "TCVN3") String encoding) {}

    @Schema(name = "ImportPageWarnings")
    public record PageWarnings(String file, long articleId, String slug, List<Warning> warnings) {}
}
