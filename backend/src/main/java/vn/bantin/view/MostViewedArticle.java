package vn.bantin.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bantin.article.ArticleCard;

/** An article with its views in the period asked for. */
@Schema(name = "MostViewedArticle")
public record MostViewedArticle(
        @JsonUnwrapped ArticleCard article,

        @Schema(description = "Views in the period asked for", examples = "42")
        long periodViews) {}
