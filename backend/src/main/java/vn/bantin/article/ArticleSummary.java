package vn.bantin.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a list; in search results with the excerpt that matched. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @JsonUnwrapped ArticleCard article,

        @Schema(
                nullable = true,
                description = "Only in search results: a short HTML-escaped excerpt around the"
                        + " best match, the matched words in <mark>",
                examples = "… thực hiện <mark>Quy</mark> <mark>chế</mark> <mark>dân</mark> <mark>chủ</mark> ở cơ sở …")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String highlight) {}
