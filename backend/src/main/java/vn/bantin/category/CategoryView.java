package vn.bantin.category;

import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.article.ArticleRepository.CountedBy;
import vn.bantin.catalogue.CatalogueKind;

@Schema(name = "Category")
public record CategoryView(
        @Schema(examples = "tin-tuc-hoat-dong-cua-quan-uy") String slug,
        @Schema(examples = "Tin tức hoạt động của Quận ủy") String name,
        @Schema(nullable = true) String description,

        @Schema(description = "Order in menus, smallest first", examples = "1")
        int position,

        @Schema(description = "Publicly visible articles", examples = "1")
        long articleCount) {

    /** Categories are listed in menu order (position, then name and slug for equal positions). */
    public static final CatalogueKind<Category, CategoryView> KIND = new CatalogueKind<>(
            Category.class,
            Category::new,
            CountedBy.CATEGORY,
            "category",
            "categories",
            "chuyen-muc",
            (c, count) -> new CategoryView(c.slug, c.name, c.description, c.displayOrder, count),
            Comparator.comparingInt(CategoryView::position)
                    .thenComparing(CategoryView::name)
                    .thenComparing(CategoryView::slug));
}
