package vn.bantin.tag;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.article.ArticleRepository;
import vn.bantin.article.ArticleRepository.CountedBy;
import vn.bantin.slug.Slugs;
import vn.bantin.common.VietnameseOrder;

@ApplicationScoped
public class TagService {
    private final ArticleRepository articles;

    public TagService(ArticleRepository articles) {
        this.articles = articles;
    }

    public List<TagView> list() {
        Map<Long, Long> counts = articles.countVisible(CountedBy.TAG);
        return Tag.<Tag>listAll().stream()
                .map(t -> new TagView(t.slug, t.name, counts.getOrDefault(t.id, 0L)))
                .sorted(VietnameseOrder.by(TagView::name))
                .toList();
    }

    public Optional<TagView> find(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return Tag.<Tag>find("slug", slug).firstResultOptional()
                .map(t -> new TagView(t.slug, t.name, articles.countVisible(CountedBy.TAG, t.id)));
    }
}
