package vn.bantin.author;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.article.ArticleRepository;
import vn.bantin.article.ArticleRepository.CountedBy;
import vn.bantin.slug.Slugs;
import vn.bantin.common.VietnameseOrder;

@ApplicationScoped
public class AuthorService {
    private final ArticleRepository articles;

    public AuthorService(ArticleRepository articles) {
        this.articles = articles;
    }

    public List<AuthorView> list() {
        Map<Long, Long> counts = articles.countVisible(CountedBy.AUTHOR);
        return Author.<Author>listAll().stream()
                .map(a -> view(a, counts.getOrDefault(a.id, 0L)))
                .sorted(VietnameseOrder.by(AuthorView::name))
                .toList();
    }

    public Optional<AuthorView> find(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return Author.<Author>find("slug", slug).firstResultOptional()
                .map(a -> view(a, articles.countVisible(CountedBy.AUTHOR, a.id)));
    }

    private static AuthorView view(Author a, long articleCount) {
        return new AuthorView(a.slug, a.name, a.bio, a.avatarUrl, articleCount);
    }
}
