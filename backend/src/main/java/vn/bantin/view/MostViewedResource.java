package vn.bantin.view;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.common.JsonAnswers;
import vn.bantin.common.QueryParams;

@Path("/api/v1/articles/most-viewed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "View counts and what is read most")
public class MostViewedResource {
    private final MostViewedService mostViewed;
    private final JsonAnswers answers;

    public MostViewedResource(MostViewedService mostViewed, JsonAnswers answers) {
        this.mostViewed = mostViewed;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listMostViewedArticles",
            summary = "The most viewed articles of a period",
            description = "Periods are the last 1, 7, 30 or 365 Hanoi days, today included, or all time."
                    + " An unknown category gives an empty list.")
    @APIResponse(
            responseCode = "200",
            description = "Most views in the period first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = MostViewedArticle.class)))
    public Response list(
            @Context Request request,
            @Parameter(
                            description = "The period",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"day", "week", "month", "year", "all"},
                                            defaultValue = "week"))
                    @QueryParam("period")
                    String period,
            @Parameter(
                            description = "How many at most",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "50",
                                            defaultValue = "10"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "Category slug") @QueryParam("category") String category) {
        QueryParams params = new QueryParams();
        Period days = params.word("period", period, Period.WEEK, Period::fromWord, Period.ALLOWED);
        int max = params.integer("limit", limit, 10, 1, 50);
        params.throwIfInvalid();
        return answers.ok(request, mostViewed.mostViewed(days, max, QueryParams.optional(category)));
    }
}
