package vn.bantin.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.common.FieldError;
import vn.bantin.common.Problem;
import vn.bantin.common.ProblemException;
import vn.bantin.slug.Slugs;

@Path("/api/v1/articles/{slug}/views")
@Tag(name = "Views", description = "View counts and what is read most")
public class ViewResource {
    private final ViewRecorder views;
    private final ObjectMapper mapper;

    public ViewResource(ViewRecorder views, ObjectMapper mapper) {
        this.views = views;
        this.mapper = mapper;
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
    @Operation(operationId = "recordView", summary = "Record one view of an article",
            description = "Answers once the view is durable. A known crawler's User-Agent, or a repeat by the same"
                    + " visitorId for the same article within 30 minutes, is answered with counted=false.")
    @RequestBody(required = false, description = "Optional; a reader's random visitorId lets repeats be skipped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ViewRequest.class)))
    @APIResponse(responseCode = "200", description = "The view was recorded, or deliberately not counted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ViewResult.class)))
    @APIResponse(responseCode = "404", description = "No publicly visible article has this slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is neither JSON nor text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many views waiting, or shutting down; see Retry-After",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<ViewResult> record(
            @Parameter(description = "Article slug") @PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            String body) {
        UUID visitor = visitorOf(contentType, body);
        if (!Slugs.isWellFormed(slug)) {
            throw ProblemException.notFound("No published article has the slug '" + slug + "'");
        }
        return views.record(slug, visitor, userAgent).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            throw cause instanceof ProblemException problem ? problem
                    : ProblemException.unavailable("Views cannot be recorded right now", 5);
        });
    }

    private UUID visitorOf(String contentType, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (!isJsonOrText(contentType)) {
            throw new ProblemException(415, "about:blank", "The body must be application/json or text/plain", null);
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid("body", "must be a JSON object such as {\"visitorId\": \"<uuid>\"}");
        }
        if (!json.isObject()) {
            throw invalid("body", "must be a JSON object such as {\"visitorId\": \"<uuid>\"}");
        }
        JsonNode visitor = json.get("visitorId");
        if (visitor == null || visitor.isNull()) {
            return null;
        }
        try {
            if (visitor.isTextual()) {
                String text = visitor.asText();
                UUID uuid = UUID.fromString(text);
                // UUID.fromString accepts short forms such as "1-1-1-1-1"; a visitorId is the canonical 36.
                if (text.length() == 36) {
                    return uuid;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw invalid("visitorId", "must be a UUID such as 3f1c2a9e-5b7d-4c11-9a2e-0d4b6f8e1a23");
    }

    private static boolean isJsonOrText(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new FieldError(field, message)));
    }
}
