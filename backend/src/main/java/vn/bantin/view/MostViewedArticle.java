package vn.bantin.view;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.article.ArticleSummary;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.tag.TagRef;

/** An article summary with its views in the period asked for. */
@Schema(name = "MostViewedArticle")
public record MostViewedArticle(
        @Schema(examples = "1") long id,
        @Schema(examples = "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam") String slug,
        @Schema(examples = "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm") String title,
        @Schema(nullable = true) String summary,
        @Schema(nullable = true, format = "uri") String coverImageUrl,
        CategoryRef category,
        AuthorRef author,
        List<TagRef> tags,
        @Schema(examples = "2024-07-10T14:49:00+07:00") OffsetDateTime publishedAt,
        @Schema(description = "All-time views", examples = "130") long viewCount,
        @Schema(description = "Views in the period asked for", examples = "42") long periodViews) {

    static MostViewedArticle of(ArticleSummary a, long periodViews) {
        return new MostViewedArticle(a.id(), a.slug(), a.title(), a.summary(), a.coverImageUrl(), a.category(),
                a.author(), a.tags(), a.publishedAt(), a.viewCount(), periodViews);
    }
}
