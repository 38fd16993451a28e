package vn.bantin.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.common.MediaNames;
import vn.bantin.tag.TagRef;

/**
 * What every public answer about an article starts with: a summary in a list, the whole article, a most-viewed
 * entry. Those records carry it {@code @JsonUnwrapped}, so its fields stand at their top level on the wire and in
 * the OpenAPI schemas.
 */
@JsonPropertyOrder({
    "id",
    "slug",
    "title",
    "summary",
    "coverImageUrl",
    "coverImage",
    "category",
    "author",
    "tags",
    "publishedAt",
    "viewCount"
})
public record ArticleCard(
        @Schema(examples = "1") long id,

        @Schema(examples = "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam")
        String slug,

        @Schema(examples = "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm")
        String title,

        @Schema(nullable = true) String summary,
        @Schema(nullable = true, format = "uri") String coverImageUrl,

        @Schema(
                nullable = true,
                description = "The cover when it is from the media library: its size and narrower"
                        + " copies for srcset; absent otherwise")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        MediaNames.Image coverImage,

        CategoryRef category,
        AuthorRef author,
        List<TagRef> tags,

        @Schema(description = "With the Hanoi offset", examples = "2024-07-10T14:49:00+07:00")
        OffsetDateTime publishedAt,

        @Schema(description = "All-time views; may lag the truth by up to 10 seconds", examples = "130")
        long viewCount) {}
