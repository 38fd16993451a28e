package vn.bantin.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.article.ArticleRepository.CountedBy;
import vn.bantin.catalogue.CatalogueKind;
import vn.bantin.common.VietnameseOrder;

@Schema(name = "Author")
public record AuthorView(
        @Schema(examples = "van-tan") String slug,
        @Schema(examples = "Văn Tân") String name,
        @Schema(nullable = true) String bio,
        @Schema(nullable = true, format = "uri") String avatarUrl,

        @Schema(description = "Publicly visible articles", examples = "1")
        long articleCount) {

    /** Authors are listed in Vietnamese name order. */
    public static final CatalogueKind<Author, AuthorView> KIND = new CatalogueKind<>(
            Author.class,
            Author::new,
            CountedBy.AUTHOR,
            "author",
            "authors",
            "tac-gia",
            (a, count) -> new AuthorView(a.slug, a.name, a.bio, a.avatarUrl, count),
            VietnameseOrder.by(AuthorView::name));
}
