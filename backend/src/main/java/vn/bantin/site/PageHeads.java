package vn.bantin.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.article.ArticleCard;
import vn.bantin.article.ArticleService;
import vn.bantin.article.ArticleView;
import vn.bantin.author.AuthorView;
import vn.bantin.catalogue.Catalogue;
import vn.bantin.category.CategoryView;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.PageRequest;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.search.SearchText;
import vn.bantin.tag.TagView;

/**
 * The head of each reader page, from the same services as the API's public answers (so a page exists exactly
 * when its API answer does): an article's title, summary and cover; a category's, author's or tag's name; the
 * site's own for the rest. An unknown article, category, author or tag is a 404, an old slug a 301.
 */
@ApplicationScoped
class PageHeads implements PageHeadSource {
    private static final Pattern CONTENT = Pattern.compile("^/(bai-viet|chuyen-muc|tac-gia|the)/([^/]+)$");
    private static final int DESCRIPTION = 200;

    private final ArticleService articles;
    private final Catalogue catalogue;
    private final String siteName;

    PageHeads(ArticleService articles, Catalogue catalogue, BantinConfig config) {
        this.articles = articles;
        this.catalogue = catalogue;
        this.siteName = config.readerSite().name();
    }

    @Override
    @ActivateRequestContext
    public PageHead of(String path) {
        Matcher content = CONTENT.matcher(path);
        if (!content.matches()) {
            return path.equals("/") || path.equals("/index.html")
                    ? PageHead.of(siteName, "Tin tức hoạt động, chỉ đạo, điều hành của " + siteName, "/")
                            .withContent(newest("Tin mới nhất", null, null, null))
                    : PageHead.of(siteName, null, null);
        }
        String slug = content.group(2);
        String route = "/" + content.group(1) + "/" + slug;
        Optional<PageHead> head = switch (content.group(1)) {
            case "bai-viet" ->
                articles.find(slug)
                        .map(lookup -> lookup instanceof ArticleService.Lookup.Found found
                                ? article(found.article())
                                : PageHead.moved("/bai-viet/" + ((ArticleService.Lookup.Moved) lookup).currentSlug()));
            case "chuyen-muc" ->
                catalogue
                        .find(CategoryView.KIND, slug)
                        .map(c -> PageHead.of(
                                        title(c.name()), orElse(c.description(), "Các bản tin mục " + c.name()), route)
                                .withContent(newest(PageContent.capitals(c.name()), slug, null, null)));
            case "tac-gia" ->
                catalogue
                        .find(AuthorView.KIND, slug)
                        .map(a -> PageHead.of(
                                        title("Bài viết của " + a.name()),
                                        orElse(a.bio(), "Các bản tin của " + a.name()),
                                        route)
                                .withContent(newest("Bài viết của " + a.name(), null, slug, null)));
            default ->
                catalogue
                        .find(TagView.KIND, slug)
                        .map(t -> PageHead.of(title("Thẻ: " + t.name()), "Các bản tin về " + t.name(), route)
                                .withContent(newest("Thẻ: " + t.name(), null, null, slug)));
        };
        return head.orElseGet(() -> PageHead.notFound(siteName));
    }

    private PageHead article(ArticleView whole) {
        ArticleCard article = whole.article();
        String description = orElse(article.summary(), SearchText.plainText(whole.bodyHtml()));
        return new PageHead(
                200,
                title(article.title()),
                shortened(description),
                "/bai-viet/" + article.slug(),
                article.coverImageUrl(),
                "article",
                article.publishedAt() == null ? null : article.publishedAt().toString(),
                PageContent.article(whole),
                null);
    }

    /** The first page of a list as the SPA shows it (newest first), as HTML. */
    private String newest(String heading, String category, String author, String tag) {
        ArticleFilter filter = new ArticleFilter(category, author, tag, null, null, ArticleSort.NEWEST);
        return PageContent.list(
                heading,
                articles.list(filter, new PageRequest(1, PageRequest.DEFAULT_SIZE))
                        .items());
    }

    private String title(String page) {
        return page + " | " + siteName;
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    /** A description of about two lines, cut at a word. */
    static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= DESCRIPTION) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION - 1);
        return flat.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1) + "…";
    }
}
