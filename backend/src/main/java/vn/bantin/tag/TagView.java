package vn.bantin.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.article.ArticleRepository.CountedBy;
import vn.bantin.catalogue.CatalogueKind;
import vn.bantin.common.VietnameseOrder;

@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "dan-chu-co-so") String slug,
        @Schema(examples = "Dân chủ cơ sở") String name,

        @Schema(description = "Publicly visible articles", examples = "3")
        long articleCount) {

    /** Tags are listed in Vietnamese name order. */
    public static final CatalogueKind<Tag, TagView> KIND = new CatalogueKind<>(
            Tag.class,
            Tag::new,
            CountedBy.TAG,
            "tag",
            "tags",
            "the",
            (t, count) -> new TagView(t.slug, t.name, count),
            VietnameseOrder.by(TagView::name));
}
