package vn.bantin.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Category")
public record CategoryView(
        @Schema(examples = "tin-tuc-hoat-dong-cua-quan-uy") String slug,
        @Schema(examples = "Tin tức hoạt động của Quận ủy") String name,
        @Schema(nullable = true) String description,
        @Schema(description = "Order in menus, smallest first", examples = "1") int position,
        @Schema(description = "Publicly visible articles", examples = "1") long articleCount) {
}
