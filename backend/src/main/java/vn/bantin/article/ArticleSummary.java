package vn.bantin.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.common.MediaNames;
import vn.bantin.tag.TagRef;

@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(examples = "1") long id,
        @Schema(examples = "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam") String slug,
        @Schema(examples = "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm") String title,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true, format = "uri") String coverImageUrl,
        @Schema(nullable = true, description = "The cover when it is from the media library: its size and narrower"
                + " copies for srcset; absent otherwise")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        MediaNames.Image coverImage,
        CategoryRef category,
        AuthorRef author,
        List<TagRef> tags,
        @Schema(description = "With the Hanoi offset", examples = "2024-07-10T14:49:00+07:00") OffsetDateTime publishedAt,
        @Schema(description = "May lag the truth by up to 10 seconds", examples = "130") long viewCount,
        @Schema(nullable = true, description = "Only in search results: a short HTML-escaped excerpt around the"
                + " best match, the matched words in <mark>",
                examples = "… thực hiện <mark>Quy</mark> <mark>chế</mark> <mark>dân</mark> <mark>chủ</mark> ở cơ sở …")
        @JsonInclude(JsonInclude.Include.NON_NULL) String highlight) {
}
