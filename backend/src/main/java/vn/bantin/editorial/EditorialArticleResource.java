package vn.bantin.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.account.Role;
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.PageParams;
import vn.bantin.common.PageRequest;
import vn.bantin.common.ProblemException;
import vn.bantin.common.QueryParams;
import vn.bantin.listing.ArticleStatus;
import vn.bantin.search.Glossary;
import vn.bantin.search.SearchQuery;

@Path("/api/v1/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
@Tag(name = "Editorial articles", description = "Writing, scheduling and publishing bulletins")
public class EditorialArticleResource {
    private final EditorialArticles articles;
    private final Glossary glossary;
    private final JsonAnswers answers;

    public EditorialArticleResource(EditorialArticles articles, Glossary glossary, JsonAnswers answers) {
        this.articles = articles;
        this.glossary = glossary;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listEditorialArticles",
            summary = "Articles in every status",
            description = "The last edited first; with q, the same Vietnamese search as the public list, by relevance.")
    @APIResponse(
            responseCode = "200",
            description = "A page of articles",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditorialPage.class)))
    public Response list(
            @Context UriInfo uri,
            @Parameter(
                            description = "Only these statuses, comma-separated (all when absent)",
                            schema = @Schema(type = SchemaType.STRING, examples = "DRAFT,SCHEDULED"))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Search, as in the public list",
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Category slug") @QueryParam("category") String category,
            @Parameter(description = "Author slug") @QueryParam("author") String author,
            @BeanParam PageParams pageParams) {
        QueryParams params = new QueryParams();
        PageRequest paging = pageParams.parse(params);
        Set<ArticleStatus> statuses = statuses(params, status);
        String search = q == null ? null : Normalizer.normalize(q.trim(), Normalizer.Form.NFC);
        if (search != null
                && (search.isEmpty() || search.codePointCount(0, search.length()) > SearchQuery.MAX_LENGTH)) {
            params.reject("q", "must be 1 to " + SearchQuery.MAX_LENGTH + " characters");
        }
        params.throwIfInvalid();
        EditorialPage found = articles.list(
                statuses,
                QueryParams.optional(category),
                QueryParams.optional(author),
                search == null ? null : SearchQuery.parse(search, glossary.entries()),
                paging);
        return answers.editorialPage(uri, found);
    }

    @POST
    @Operation(
            operationId = "createArticle",
            summary = "Write a new article",
            description = "DRAFT unless a status is given. The body is sanitised; the answer carries warnings.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = "ETag",
                        description = "For If-Match on the next save",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditorialArticle.class)))
    public Response create(ArticleRequest body, @Context UriInfo uri, @Context SecurityContext security) {
        EditorialArticle created = articles.create(body, editor(security));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(created.version())))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getEditorialArticle",
            summary = "One article in any status, with its warnings",
            description = "Any status; the ETag is the version to send back in If-Match when saving.")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Its version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditorialArticle.class)))
    public Response get(@PathParam("id") long id) {
        return withEtag(articles.find(id).orElseThrow(() -> noArticle(id)), Response.Status.OK);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateArticle",
            summary = "Save an article",
            description = "A full update; needs If-Match with the ETag it was read with. The state it replaces is"
                    + " kept as a revision. A new slug leaves the old one answering 301.")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditorialArticle.class)))
    public Response update(
            @PathParam("id") long id,
            ArticleRequest body,
            @Parameter(description = "The ETag the article was read with", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Context SecurityContext security) {
        return withEtag(
                articles.update(id, ifMatch, body, editor(security)).orElseThrow(() -> noArticle(id)),
                Response.Status.OK);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "archiveArticle",
            summary = "Archive an article",
            description = "It leaves the public site; its data and revisions are kept.")
    @APIResponse(responseCode = "204", description = "Archived")
    public Response archive(@PathParam("id") long id, @Context SecurityContext security) {
        if (!articles.archive(id, editor(security))) {
            throw noArticle(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(
            operationId = "listRevisions",
            summary = "Earlier states of an article, newest first",
            description = "Every earlier state, who made it and when, each with the whole article.")
    @APIResponse(responseCode = "200", description = "Revisions")
    public List<Revision> revisions(@PathParam("id") long id) {
        return articles.revisions(id).orElseThrow(() -> noArticle(id));
    }

    @POST
    @Path("/{id}/revisions/{version}/restore")
    @Operation(
            operationId = "restoreRevision",
            summary = "Make an earlier state current again",
            description = "A save like PUT (If-Match required); the state it replaces becomes a revision too.")
    @APIResponse(
            responseCode = "200",
            description = "Restored",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EditorialArticle.class)))
    public Response restore(
            @PathParam("id") long id,
            @PathParam("version") long version,
            @Parameter(description = "The ETag the article was read with", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Context SecurityContext security) {
        return withEtag(
                articles.restore(id, version, ifMatch, editor(security))
                        .orElseThrow(() -> ProblemException.notFound("Article " + id + " has no revision " + version)),
                Response.Status.OK);
    }

    @GET
    @Path("/{id}/stats")
    @Operation(
            operationId = "getArticleStats",
            summary = "Views per Hanoi day",
            description = "Counted views per Hanoi day over the last days, today included; days without views as 0.")
    @APIResponse(responseCode = "200", description = "Views of the last days, oldest first")
    public ArticleStats stats(
            @PathParam("id") long id,
            @Parameter(
                            description = "How many days, today included",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "366",
                                            defaultValue = "30"))
                    @QueryParam("days")
                    String days) {
        QueryParams params = new QueryParams();
        int span = params.integer("days", days, 30, 1, 366);
        params.throwIfInvalid();
        return articles.stats(id, span).orElseThrow(() -> noArticle(id));
    }

    private static Set<ArticleStatus> statuses(QueryParams params, String raw) {
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        if (raw == null || raw.isBlank()) {
            return statuses;
        }
        for (String word : raw.split(",")) {
            try {
                statuses.add(ArticleStatus.valueOf(word.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                params.reject("status", "must be DRAFT, SCHEDULED, PUBLISHED or ARCHIVED (comma-separated)");
                break;
            }
        }
        return statuses;
    }

    private static Response withEtag(EditorialArticle article, Response.Status status) {
        return Response.status(status)
                .tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(article.version())))
                .entity(article)
                .build();
    }

    private static String editor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static ProblemException noArticle(long id) {
        return ProblemException.notFound("No article has the id " + id);
    }
}
