package vn.bantin.article;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.text.Normalizer;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.PageParams;
import vn.bantin.common.PageRequest;
import vn.bantin.common.QueryParams;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.search.Glossary;
import vn.bantin.search.SearchQuery;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Publicly visible bulletins")
public class ArticleResource {
    private final ArticleService articles;
    private final Glossary glossary;
    private final JsonAnswers answers;

    public ArticleResource(ArticleService articles, Glossary glossary, JsonAnswers answers) {
        this.articles = articles;
        this.glossary = glossary;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listArticles",
            summary = "A page of publicly visible articles",
            description = "Filters combine; an unknown category, author or tag slug gives an empty page.")
    @APIResponse(
            responseCode = "200",
            description = "A page of article summaries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(
            responseCode = "503",
            description = "Too many searches at once; see Retry-After",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public Response list(
            @Context Request request,
            @Context UriInfo uri,
            @BeanParam PageParams pageParams,
            @Parameter(description = "Category slug") @QueryParam("category") String category,
            @Parameter(description = "Author slug") @QueryParam("author") String author,
            @Parameter(description = "Tag slug") @QueryParam("tag") String tag,
            @Parameter(
                            description = "First Hanoi day, inclusive",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last Hanoi day, inclusive",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Order: newest by default, relevance by default with q (and only with q)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"newest", "oldest", "most-viewed", "relevance"}))
                    @QueryParam("sort")
                    String sort,
            @Parameter(
                            description = "Search: every word must occur in the title, summary, body or author name;"
                                    + " case, tone marks and abbreviations (QCDC = Quy chế dân chủ) do not matter",
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @QueryParam("q")
                    String q) {
        QueryParams params = new QueryParams();
        PageRequest paging = pageParams.parse(params);
        LocalDate fromDay = params.date("from", from);
        LocalDate toDay = params.date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            params.reject("from", "must not be after 'to'");
        }
        // "?q=" arrives as null, like no q at all; it is an empty search all the same.
        String given = q == null && uri.getQueryParameters().containsKey("q") ? "" : q;
        String search = given == null ? null : Normalizer.normalize(given.trim(), Normalizer.Form.NFC);
        if (search != null && search.isEmpty()) {
            params.reject("q", "must not be empty");
        } else if (search != null && search.codePointCount(0, search.length()) > SearchQuery.MAX_LENGTH) {
            params.reject("q", "must be at most " + SearchQuery.MAX_LENGTH + " characters");
        }
        ArticleSort order = params.word(
                "sort",
                sort,
                search == null ? ArticleSort.NEWEST : ArticleSort.RELEVANCE,
                ArticleSort::fromWord,
                ArticleSort.ALLOWED);
        if (order == ArticleSort.RELEVANCE && search == null) {
            params.reject("sort", "relevance needs a search query 'q'");
        }
        params.throwIfInvalid();

        ArticleFilter filter = new ArticleFilter(
                QueryParams.optional(category),
                QueryParams.optional(author),
                QueryParams.optional(tag),
                fromDay,
                toDay,
                order);
        ArticlePage found = search == null
                ? articles.list(filter, paging)
                : articles.search(SearchQuery.parse(search, glossary.entries()), filter, paging);
        return answers.page(request, uri, found);
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getArticle",
            summary = "One publicly visible article",
            description = "A slug the article had before an edit answers 301 to its current slug.")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "301",
            description = "The article's slug changed; Location names the current one",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No publicly visible article has this slug")
    public Response get(
            @Context Request request,
            @Context UriInfo uri,
            @Parameter(description = "Article slug") @PathParam("slug") String slug) {
        ArticleService.Lookup lookup = articles.find(slug).orElseThrow(() -> ArticleProblems.notPublished(slug));
        if (lookup instanceof ArticleService.Lookup.Moved moved) {
            // Relative (RFC 9110 allows it): no Host header, missing or forged, gets into the answer.
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .header(jakarta.ws.rs.core.HttpHeaders.LOCATION, "/api/v1/articles/" + moved.currentSlug())
                    .build();
        }
        return answers.ok(request, ((ArticleService.Lookup.Found) lookup).article());
    }

    @GET
    @Path("/{slug}/related")
    @Operation(
            operationId = "listRelatedArticles",
            summary = "Articles related to one",
            description = "Articles sharing its category or any of its tags, those sharing more first, then newest;"
                    + " the article itself excluded.")
    @APIResponse(
            responseCode = "200",
            description = "Related article summaries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleSummary.class)))
    public Response related(
            @Context Request request,
            @Parameter(description = "Article slug") @PathParam("slug") String slug,
            @Parameter(
                            description = "How many at most",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "20",
                                            defaultValue = "5"))
                    @QueryParam("limit")
                    String limit) {
        QueryParams params = new QueryParams();
        int max = params.integer("limit", limit, 5, 1, 20);
        params.throwIfInvalid();
        return answers.ok(request, articles.related(slug, max).orElseThrow(() -> ArticleProblems.notPublished(slug)));
    }
}
