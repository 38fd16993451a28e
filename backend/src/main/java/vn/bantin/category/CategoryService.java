package vn.bantin.category;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.article.ArticleRepository;
import vn.bantin.article.ArticleRepository.CountedBy;
import vn.bantin.slug.Slugs;

@ApplicationScoped
public class CategoryService {
    private final ArticleRepository articles;

    public CategoryService(ArticleRepository articles) {
        this.articles = articles;
    }

    public List<CategoryView> list() {
        Map<Long, Long> counts = articles.countVisible(CountedBy.CATEGORY);
        return Category.<Category>list("order by displayOrder, name, slug").stream()
                .map(c -> view(c, counts.getOrDefault(c.id, 0L)))
                .toList();
    }

    public Optional<CategoryView> find(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return Category.<Category>find("slug", slug).firstResultOptional()
                .map(c -> view(c, articles.countVisible(CountedBy.CATEGORY, c.id)));
    }

    private static CategoryView view(Category c, long articleCount) {
        return new CategoryView(c.slug, c.name, c.description, c.displayOrder, articleCount);
    }
}
