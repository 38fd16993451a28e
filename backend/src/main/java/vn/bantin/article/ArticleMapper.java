package vn.bantin.article;

import java.util.List;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.common.Hanoi;
import vn.bantin.common.MediaNames;
import vn.bantin.tag.TagRef;

final class ArticleMapper {
    private ArticleMapper() {}

    static ArticleSummary summary(Article a, List<TagRef> tags) {
        return summary(a, tags, null);
    }

    static ArticleSummary summary(Article a, List<TagRef> tags, String highlight) {
        return new ArticleSummary(card(a, tags), highlight);
    }

    static List<ArticleSummary> summaries(ArticleRepository.Found found) {
        return found.articles().stream()
                .map(a -> summary(a, found.tags().getOrDefault(a.id, List.of())))
                .toList();
    }

    static ArticleView view(Article a) {
        return new ArticleView(card(a, TagRef.sorted(a.tags)), a.bodyHtml, Hanoi.toOffset(a.updatedAt));
    }

    private static ArticleCard card(Article a, List<TagRef> tags) {
        return new ArticleCard(
                a.id,
                a.slug,
                a.title,
                a.summary,
                a.coverImageUrl,
                MediaNames.image(a.coverImageUrl, a.coverWidth, a.coverHeight),
                CategoryRef.of(a.category),
                AuthorRef.of(a.author),
                tags,
                Hanoi.toOffset(a.publishedAt),
                a.viewCount);
    }
}
