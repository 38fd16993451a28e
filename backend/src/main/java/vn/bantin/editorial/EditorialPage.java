package vn.bantin.editorial;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.common.Paged;

@Schema(name = "EditorialArticlePage")
public record EditorialPage(
        List<EditorialArticle> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "137") long totalItems,
        @Schema(examples = "7") int totalPages)
        implements Paged<EditorialArticle> {}
