package vn.bantin.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.article.ArticleProblems;
import vn.bantin.common.ClientAddresses;
import vn.bantin.slug.Slugs;

@Path("/api/v1/articles/{slug}/views")
@Tag(name = "Views", description = "View counts and what is read most")
public class ViewResource {
    private final ViewRecorder views;
    private final ObjectMapper mapper;
    private final ClientAddresses addresses;

    public ViewResource(ViewRecorder views, ObjectMapper mapper, ClientAddresses addresses) {
        this.views = views;
        this.mapper = mapper;
        this.addresses = addresses;
    }

    /**
     * Without it a GET here falls through to the article routes and answers 404; the contract wants 405 for a
     * wrong method, with Allow naming the right one.
     */
    @GET
    @Operation(hidden = true)
    public void onlyPost() {
        throw new NotAllowedException(HttpMethod.POST);
    }

    @POST
    // Any type is let in so that a bare POST without a body (and so without Content-Type) works; a body must be
    // JSON or text/plain, which navigator.sendBeacon sends for a string and needs no CORS preflight.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordView",
            summary = "Record one view of an article",
            description = "Answers once the view is durable. A known crawler's User-Agent, or a repeat by the same"
                    + " visitorId for the same article within 30 minutes, is answered with counted=false.")
    @RequestBody(
            required = false,
            description = "Optional; a reader's random visitorId lets repeats be skipped",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ViewRequest.class)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema =
                                @Schema(
                                        implementation = ViewRequest.class,
                                        description =
                                                "The same JSON sent as text/plain, as navigator.sendBeacon sends a"
                                                        + " string (no CORS preflight)"))
            })
    @APIResponse(
            responseCode = "200",
            description = "The view was recorded, or deliberately not counted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ViewResult.class)))
    @APIResponse(responseCode = "404", description = "No publicly visible article has this slug")
    @APIResponse(responseCode = "415", description = "The body is neither JSON nor text")
    @APIResponse(
            responseCode = "503",
            description = "Too many views waiting, or shutting down; see Retry-After",
            headers =
                    @org.eclipse.microprofile.openapi.annotations.headers.Header(
                            name = "Retry-After",
                            schema = @Schema(type = SchemaType.INTEGER)))
    public CompletionStage<ViewResult> record(
            @Parameter(description = "Article slug") @PathParam("slug") String slug,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest request,
            String body) {
        UUID visitor = ViewBody.visitorOf(mapper, contentType, body);
        if (!Slugs.isWellFormed(slug)) {
            throw ArticleProblems.notPublished(slug);
        }
        return views.record(slug, visitor, userAgent, addresses.of(request)).exceptionallyCompose(failure -> {
            throw ViewRecorder.problemOf(failure);
        });
    }
}
