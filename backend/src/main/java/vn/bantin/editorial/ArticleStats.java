package vn.bantin.editorial;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleStats")
public record ArticleStats(
        @Schema(description = "Every counted view, exact", examples = "130")
        long totalViews,

        @Schema(description = "Views per Hanoi day, oldest first, days without views as 0")
        List<Day> days) {

    @Schema(name = "ArticleStatsDay")
    public record Day(
            @Schema(examples = "2024-07-10") LocalDate date,
            @Schema(examples = "12") long views) {}
}
