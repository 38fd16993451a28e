package vn.bantin.syndication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.article.ArticleRepository;
import vn.bantin.category.Category;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.ProblemException;
import vn.bantin.common.SiteUrl;

/**
 * The site's files for search engines, served by the API so that they name the site's own address: the sitemap
 * (split in parts of 50,000 addresses past that size) and robots.txt, which names it and keeps crawlers out of
 * the editor's pages.
 */
@Path("/")
@Tag(name = "Syndication")
public class SiteFilesResource {
    static final String XML = "application/xml;charset=UTF-8";

    private final ArticleRepository articles;
    private final JsonAnswers answers;
    private final Clock clock;
    private final String siteUrl;

    public SiteFilesResource(ArticleRepository articles, JsonAnswers answers, Clock clock, BantinConfig config) {
        this.articles = articles;
        this.answers = answers;
        this.clock = clock;
        this.siteUrl = SiteUrl.of(config);
    }

    @GET
    @Path("sitemap.xml")
    @Produces({"application/xml", "text/xml"})
    @Operation(
            operationId = "getSitemap",
            summary = "The sitemap of the reader site",
            description = "The home page, every category and every publicly visible bulletin (with its last"
                    + " change), as absolute addresses of the reader site (BANTIN_SITE_URL). Past 50,000 addresses"
                    + " it is a sitemap index naming /sitemap-1.xml, /sitemap-2.xml, ….")
    @APIResponse(
            responseCode = "200",
            description = "A urlset, or a sitemapindex",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public Response sitemap(@Context Request request) {
        List<Sitemap.Url> urls = urls();
        if (urls.size() <= Sitemap.MAX_URLS) {
            return answers.ok(request, Sitemap.urlset(urls), XML);
        }
        List<Sitemap.Url> parts = new ArrayList<>();
        for (int part = 1; (part - 1) * Sitemap.MAX_URLS < urls.size(); part++) {
            parts.add(new Sitemap.Url(
                    siteUrl + "/sitemap-" + part + ".xml",
                    urls.get((part - 1) * Sitemap.MAX_URLS).lastmod()));
        }
        return answers.ok(request, Sitemap.index(parts), XML);
    }

    @GET
    @Path("sitemap-{part: [0-9]{1,6}}.xml")
    @Produces({"application/xml", "text/xml"})
    @Operation(
            operationId = "getSitemapPart",
            summary = "A part of a large sitemap",
            description = "The n-th 50,000 addresses of the sitemap, when the sitemap index names it.")
    @APIResponse(
            responseCode = "200",
            description = "A urlset",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such part")
    public Response sitemapPart(@Context Request request, @PathParam("part") int part) {
        List<Sitemap.Url> urls = urls();
        int from = (part - 1) * Sitemap.MAX_URLS;
        if (part < 1 || urls.size() <= Sitemap.MAX_URLS || from >= urls.size()) {
            throw ProblemException.notFound("The sitemap has no part " + part);
        }
        return answers.ok(
                request, Sitemap.urlset(urls.subList(from, Math.min(urls.size(), from + Sitemap.MAX_URLS))), XML);
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    @Operation(
            operationId = "getRobots",
            summary = "robots.txt, naming the sitemap",
            description = "Everything may be crawled but the editor's pages (/quan-tri) and the API's own paths.")
    @APIResponse(
            responseCode = "200",
            description = "robots.txt",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response robots(@Context Request request) {
        String robots = "User-agent: *\nAllow: /\nDisallow: /quan-tri\nDisallow: /api/\nDisallow: /q/\n\nSitemap: "
                + siteUrl + "/sitemap.xml\n";
        return answers.ok(request, robots.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
    }

    /** The home page, the categories in the menu's order, then the bulletins, newest first. */
    private List<Sitemap.Url> urls() {
        List<Sitemap.Url> urls = new ArrayList<>();
        urls.add(new Sitemap.Url(siteUrl + "/", null));
        for (Category category : Category.<Category>list("order by displayOrder, name")) {
            urls.add(new Sitemap.Url(siteUrl + "/chuyen-muc/" + category.slug, null));
        }
        for (ArticleRepository.Listed article : articles.listVisible(clock.instant())) {
            urls.add(new Sitemap.Url(siteUrl + "/bai-viet/" + article.slug(), article.changedAt()));
        }
        return urls;
    }
}
