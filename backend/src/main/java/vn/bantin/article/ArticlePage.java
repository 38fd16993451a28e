package vn.bantin.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.common.Paged;

@Schema(name = "ArticlePage", description = "A page of articles; page is 1-based, totalPages is 0 for no items")
public record ArticlePage(
        List<ArticleSummary> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "137") long totalItems,
        @Schema(examples = "7") int totalPages)
        implements Paged<ArticleSummary> {}
