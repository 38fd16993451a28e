package vn.bantin.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.bantin.common.PageRequest;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.search.Highlighter;
import vn.bantin.search.SearchEngine;
import vn.bantin.search.SearchGate;
import vn.bantin.search.SearchQuery;
import vn.bantin.search.SearchText;
import vn.bantin.slug.Slugs;

/** The public reading of articles: only what is visible now, ever. */
@ApplicationScoped
public class ArticleService {
    /** A public answer: the article itself, or the slug it moved to after an edit. */
    public sealed interface Lookup {
        record Found(ArticleView article) implements Lookup {}

        record Moved(String currentSlug) implements Lookup {}
    }

    private final ArticleRepository articles;
    private final SearchEngine search;
    private final SearchGate gate;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, SearchEngine search, SearchGate gate, Clock clock) {
        this.articles = articles;
        this.clock = clock;
        this.search = search;
        this.gate = gate;
    }

    public ArticlePage list(ArticleFilter filter, PageRequest page) {
        ArticleRepository.Found found = filter.namesOnlyWellFormedSlugs()
                ? articles.page(filter, page, now())
                : new ArticleRepository.Found(List.of(), java.util.Map.of(), 0);
        return new ArticlePage(
                ArticleMapper.summaries(found),
                page.page(),
                page.size(),
                found.total(),
                page.totalPages(found.total()));
    }

    /** A page of the visible articles matching a search, each with its highlighted excerpt. */
    public ArticlePage search(SearchQuery query, ArticleFilter filter, PageRequest page) {
        if (!filter.namesOnlyWellFormedSlugs()) {
            return new ArticlePage(List.of(), page.page(), page.size(), 0, 0);
        }
        Instant now = now();
        SearchEngine.Hits hits = gate.run(() -> search.search(query, filter, page, now));
        ArticleRepository.Found found = articles.byIds(hits.ids());
        List<ArticleSummary> items = found.articles().stream()
                .map(a -> ArticleMapper.summary(
                        a,
                        found.tags().getOrDefault(a.id, List.of()),
                        Highlighter.highlightIn(
                                query,
                                java.util.Arrays.asList(
                                        SearchText.body(a.bodyHtml),
                                        Highlighter.Text.of(a.summary),
                                        Highlighter.Text.of(a.title)))))
                .toList();
        return new ArticlePage(items, page.page(), page.size(), hits.total(), page.totalPages(hits.total()));
    }

    public Optional<Lookup> find(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        Instant now = now();
        Optional<Lookup> found = articles.findVisible(slug, now).map(a -> new Lookup.Found(ArticleMapper.view(a)));
        return found.or(() -> articles.currentSlugOf(slug, now).map(Lookup.Moved::new));
    }

    public Optional<List<ArticleSummary>> related(String slug, int limit) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        Instant now = now();
        return articles.findVisible(slug, now)
                .map(article -> ArticleMapper.summaries(articles.related(article, limit, now)));
    }

    /** Summaries of the given articles, in that order. */
    public List<ArticleSummary> summaries(List<Long> ids) {
        return ArticleMapper.summaries(articles.byIds(ids));
    }

    private Instant now() {
        return clock.instant();
    }
}
