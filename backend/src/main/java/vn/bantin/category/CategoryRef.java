package vn.bantin.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryRef")
public record CategoryRef(
        @Schema(examples = "tin-tuc-hoat-dong-cua-quan-uy") String slug,
        @Schema(examples = "Tin tức hoạt động của Quận ủy") String name) {
    public static CategoryRef of(Category c) {
        return new CategoryRef(c.slug, c.name);
    }
}
