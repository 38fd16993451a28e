package vn.bantin.editorial;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.tag.TagRef;

/** An article as editors see it, in any status: the public Article's fields and the editorial ones. */
@Schema(name = "EditorialArticle")
public record EditorialArticle(
        @Schema(examples = "1") long id,

        @Schema(examples = "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam")
        String slug,

        @Schema(examples = "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm")
        String title,

        @Schema(nullable = true) String summary,
        @Schema(nullable = true) String coverImageUrl,
        CategoryRef category,
        AuthorRef author,
        List<TagRef> tags,

        @Schema(
                nullable = true,
                implementation = String.class,
                format = "date-time",
                examples = "2024-07-10T14:49:00+07:00")
        OffsetDateTime publishedAt,

        @Schema(examples = "130") long viewCount,
        @Schema(description = "Sanitised HTML") String bodyHtml,
        @Schema(examples = "2024-07-10T14:49:00+07:00") OffsetDateTime updatedAt,
        ArticleStatus status,

        @Schema(
                description = "Changes with every save; the ETag of the article is this number in quotes",
                examples = "3")
        long version,

        @Schema(examples = "2024-07-10T14:49:00+07:00") OffsetDateTime createdAt,

        @Schema(nullable = true, implementation = String.class, format = "date-time")
        OffsetDateTime expiresAt,

        @Schema(nullable = true, description = "Non-blocking editorial warnings (absent in stored revisions)")
        List<Warning> warnings) {

    EditorialArticle withoutWarnings() {
        return new EditorialArticle(
                id,
                slug,
                title,
                summary,
                coverImageUrl,
                category,
                author,
                tags,
                publishedAt,
                viewCount,
                bodyHtml,
                updatedAt,
                status,
                version,
                createdAt,
                expiresAt,
                null);
    }
}
