package vn.bantin.syndication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.article.ArticleRepository;
import vn.bantin.category.Category;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.PageRequest;
import vn.bantin.common.SiteUrl;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.slug.Slugs;

@Path("/api/v1/feed.xml")
@Tag(name = "Syndication", description = "The RSS feed and the site's files for search engines")
public class FeedResource {
    static final String RSS = "application/rss+xml;charset=UTF-8";
    /** The contract's length of the feed. */
    static final int ITEMS = 20;

    private final ArticleRepository articles;
    private final JsonAnswers answers;
    private final Clock clock;
    private final String siteUrl;
    private final String siteName;

    public FeedResource(ArticleRepository articles, JsonAnswers answers, Clock clock, BantinConfig config) {
        this.articles = articles;
        this.answers = answers;
        this.clock = clock;
        this.siteUrl = SiteUrl.of(config);
        this.siteName = config.readerSite().name();
    }

    @GET
    @Produces({"application/rss+xml", "application/xml", "text/xml"})
    @Operation(
            operationId = "getFeed",
            summary = "RSS 2.0 of the 20 newest bulletins",
            description = "The 20 newest publicly visible articles, of one category when `category` names it (an"
                    + " unknown category gives a valid empty feed). Links are the reader pages' absolute addresses"
                    + " (BANTIN_SITE_URL), dates RFC 822 in Hanoi time; the whole text is in content:encoded.")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)))
    public Response feed(
            @Context Request request,
            @Parameter(description = "Category slug") @QueryParam("category") String category) {
        String slug = category == null || category.isBlank() ? null : category.trim();
        Category named = slug == null || !Slugs.isWellFormed(slug)
                ? null
                : Category.<Category>find("slug", slug).firstResult();
        ArticleRepository.Found newest = slug != null && named == null
                ? new ArticleRepository.Found(java.util.List.of(), java.util.Map.of(), 0)
                : articles.page(
                        new ArticleFilter(slug, null, null, null, null, ArticleSort.NEWEST),
                        new PageRequest(1, ITEMS),
                        clock.instant());
        String self = siteUrl + "/api/v1/feed.xml"
                + (slug == null ? "" : "?category=" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
        Rss.Channel channel = named == null
                ? new Rss.Channel(siteName, siteUrl + "/", "Tin bài mới nhất của " + siteName, self)
                : new Rss.Channel(
                        siteName + " – " + named.name,
                        siteUrl + "/chuyen-muc/" + named.slug,
                        "Tin bài mới nhất mục " + named.name + " của " + siteName,
                        self);
        return answers.ok(request, Rss.of(channel, siteUrl, newest.articles()), RSS);
    }
}
