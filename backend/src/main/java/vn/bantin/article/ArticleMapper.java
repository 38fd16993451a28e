package vn.bantin.article;

import java.util.List;
import vn.bantin.author.AuthorRef;
import vn.bantin.category.CategoryRef;
import vn.bantin.common.Hanoi;
import vn.bantin.tag.TagRef;

final class ArticleMapper {
    private ArticleMapper() {
    }

    static ArticleSummary summary(Article a, List<TagRef> tags) {
        return summary(a, tags, null);
    }

    static ArticleSummary summary(Article a, List<TagRef> tags, String highlight) {
        return new ArticleSummary(a.id, a.slug, a.title, a.summary, a.coverImageUrl, cover(a), category(a), author(a), tags,
                Hanoi.toOffset(a.publishedAt), a.viewCount, highlight);
    }

    static List<ArticleSummary> summaries(ArticleRepository.Found found) {
        return found.articles().stream()
                .map(a -> summary(a, found.tags().getOrDefault(a.id, List.of())))
                .toList();
    }

    static ArticleView view(Article a) {
        List<TagRef> tags = a.tags.stream()
                .map(t -> new TagRef(t.slug, t.name))
                .sorted(java.util.Comparator.comparing(TagRef::name).thenComparing(TagRef::slug))
                .toList();
        return new ArticleView(a.id, a.slug, a.title, a.summary, a.coverImageUrl, cover(a), category(a), author(a), tags,
                Hanoi.toOffset(a.publishedAt), a.viewCount, a.bodyHtml, Hanoi.toOffset(a.updatedAt));
    }

    private static vn.bantin.common.MediaNames.Image cover(Article a) {
        return vn.bantin.common.MediaNames.image(a.coverImageUrl, a.coverWidth, a.coverHeight);
    }

    private static CategoryRef category(Article a) {
        return new CategoryRef(a.category.slug, a.category.name);
    }

    private static AuthorRef author(Article a) {
        return new AuthorRef(a.author.slug, a.author.name);
    }
}
