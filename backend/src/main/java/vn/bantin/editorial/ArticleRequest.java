package vn.bantin.editorial;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.listing.ArticleStatus;

/** The body of POST and PUT: on PUT an omitted optional field becomes empty (the slug stays as it is). */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(required = true, maxLength = 300, examples = "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm")
        String title,

        @Schema(nullable = true, maxLength = 100, description = "Generated from the title when omitted on create")
        String slug,

        @Schema(nullable = true, maxLength = 2000) String summary,

        @Schema(
                nullable = true,
                description = "Sanitised on the way in: what is not on the news allow-list is dropped",
                examples = "<p>Chiều ngày 09 tháng 7 năm 2024…</p>")
        String bodyHtml,

        @Schema(required = true, examples = "tin-tuc-hoat-dong-cua-quan-uy")
        String categorySlug,

        @Schema(required = true, examples = "van-tan") String authorSlug,
        @Schema(nullable = true) List<String> tagSlugs,

        @Schema(nullable = true, description = "http(s) or /media/ URL", maxLength = 1000)
        String coverImageUrl,

        @Schema(nullable = true, description = "Default DRAFT")
        ArticleStatus status,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                format = "date-time",
                description = "Required for SCHEDULED; defaults to now for PUBLISHED",
                examples = "2024-07-10T14:49:00+07:00")
        String publishedAt,

        @Schema(
                nullable = true,
                type = SchemaType.STRING,
                format = "date-time",
                description = "When the article stops being public; after publishedAt")
        String expiresAt) {}
