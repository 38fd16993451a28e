package vn.bantin.article;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One whole article: the card's fields, its sanitised body and when it last changed. */
@Schema(name = "Article")
public record ArticleView(
        @JsonUnwrapped ArticleCard article,

        @Schema(description = "Sanitised HTML", examples = "<p>Chiều ngày 09 tháng 7 năm 2024…</p>")
        String bodyHtml,

        @Schema(examples = "2024-07-10T14:49:00+07:00") OffsetDateTime updatedAt) {}
