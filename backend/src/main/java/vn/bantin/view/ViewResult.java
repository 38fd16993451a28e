package vn.bantin.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ViewResult", description = "What recording one view did")
public record ViewResult(
        @Schema(examples = "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam")
        String slug,

        @Schema(description = "Exact, including this view when it was counted", examples = "131")
        long viewCount,

        @Schema(
                description = "False for known crawlers and for a repeat by the same visitor within 30 minutes",
                examples = "true")
        boolean counted) {

    /**
     * The answer's JSON, written directly: Jackson's record serialisation was a tenth of the event loop's time
     * under the views benchmark. Nothing needs escaping, since only a well-formed slug ([a-z0-9-]) is recorded.
     */
    public String toJson() {
        return "{\"slug\":\"" + slug + "\",\"viewCount\":" + viewCount + ",\"counted\":" + counted + "}";
    }
}
