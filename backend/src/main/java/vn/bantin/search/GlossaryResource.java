package vn.bantin.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bantin.common.JsonAnswers;

@Path("/api/v1/glossary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Vietnamese search and the abbreviations it understands")
public class GlossaryResource {
    private final Glossary glossary;
    private final JsonAnswers answers;

    public GlossaryResource(Glossary glossary, JsonAnswers answers) {
        this.glossary = glossary;
        this.answers = answers;
    }

    @GET
    @Operation(
            operationId = "listGlossary",
            summary = "The abbreviations search understands",
            description = "Each term and its expansion find each other: QCDC finds «Quy chế dân chủ» and back.")
    @APIResponse(
            responseCode = "200",
            description = "Terms in alphabetical order",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = GlossaryEntry.class)))
    public Response list(@Context Request request) {
        return answers.ok(request, glossary.entries());
    }
}
