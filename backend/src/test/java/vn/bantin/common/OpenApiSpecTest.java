package vn.bantin.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.SpecConformance;

/**
 * The committed spec (backend/openapi/openapi.yaml) is what the app serves. After an API change, refresh it with
 * {@code mvn test -Dtest=OpenApiSpecTest -DwriteOpenApi=true}.
 */
@QuarkusTest
class OpenApiSpecTest {

    @Test
    void committedSpecIsWhatTheAppServes() throws IOException {
        String served = given().accept("application/yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("writeOpenApi")) {
            Files.writeString(SpecConformance.SPEC, served);
        }
        YAMLMapper yaml = new YAMLMapper();
        JsonNode committed = yaml.readTree(Files.readString(SpecConformance.SPEC));
        // Tree equality ignores key order, which the generator does not keep stable.
        assertEquals(
                committed,
                yaml.readTree(served),
                "backend/openapi/openapi.yaml differs from /q/openapi: refresh it with"
                        + " mvn test -Dtest=OpenApiSpecTest -DwriteOpenApi=true");
    }

    @Test
    void everyOperationHasAnIdTagsAndProblemAnswers() {
        JsonNode spec = servedSpec();
        List<String> operations = new ArrayList<>();
        spec.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    JsonNode operation = op.getValue();
                    String name = op.getKey() + " " + path.getKey();
                    operations.add(name);
                    assertTrue(operation.hasNonNull("operationId"), name);
                    assertFalse(operation.path("tags").isEmpty(), name);
                    assertTrue(operation.path("responses").has("500"), name);
                    JsonNode responses = operation.path("responses");
                    String success = responses.has("200")
                            ? "200"
                            : responses.has("201") ? "201" : responses.has("202") ? "202" : "204";
                    assertTrue(
                            success.equals("204")
                                    ? responses.has("204")
                                    : responses.path(success).path("content").size() > 0,
                            name);
                    if (path.getKey().startsWith("/api/v1/admin")) {
                        assertTrue(operation.path("security").toString().contains("bearer"), name);
                        assertTrue(responses.has("401") && responses.has("403"), name);
                    }
                }));
        assertEquals(
                "bearer", spec.at("/components/securitySchemes/bearer/scheme").asText());
        // Headers a client sends by itself are no arguments of generated methods.
        JsonNode recordView = spec.at("/paths/~1api~1v1~1articles~1{slug}~1views/post");
        assertFalse(recordView.path("parameters").toString().contains("User-Agent"), recordView.toString());
        assertTrue(recordView.at("/requestBody/content").has("text/plain"));
        assertTrue(operations.contains("get /api/v1/articles/{slug}/related"), operations.toString());
        JsonNode size = findParameter(spec.at("/paths/~1api~1v1~1articles/get/parameters"), "size");
        assertEquals(1, size.at("/schema/minimum").asInt());
        assertEquals(100, size.at("/schema/maximum").asInt());
        assertTrue(spec.at("/components/schemas/Problem/properties").has("errors"));
        // What the read cache keys on and paging links carry is what each GET declares it reads.
        spec.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || !path.getKey().startsWith("/api/")) {
                return;
            }
            java.util.Set<String> declared = new java.util.TreeSet<>();
            get.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    declared.add(p.path("name").asText());
                }
            });
            if (!path.getKey().startsWith("/api/v1/admin")) {
                assertTrue(get.path("parameters").toString().contains("\"If-None-Match\""), path.getKey());
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "x");
            assertEquals(declared, new java.util.TreeSet<>(ReadParameters.of(concrete)), path.getKey());
        });
    }

    /** Examples an integrator can trust: each names what its operation has, in the server's own words. */
    @Test
    void problemExamplesAreTrue() {
        JsonNode spec = servedSpec();
        int checked = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) spec.get("paths")::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String name = op.getKey() + " " + path.getKey();
                JsonNode invalid = op.getValue().at("/responses/400/content/application~1problem+json/example");
                if (!invalid.isMissingNode()) {
                    java.util.Set<String> inputs = new java.util.HashSet<>();
                    op.getValue()
                            .path("parameters")
                            .forEach(p -> inputs.add(p.path("name").asText()));
                    JsonNode body = op.getValue().at("/requestBody/content/application~1json/schema");
                    if (body.has("$ref")) {
                        String ref = body.get("$ref").asText();
                        body = spec.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
                    }
                    body.path("properties").fieldNames().forEachRemaining(inputs::add);
                    if (op.getValue().at("/requestBody/content").has("multipart/form-data")) {
                        inputs.add("file");
                    }
                    assertFalse(invalid.path("errors").isEmpty(), name + ": the example shows errors");
                    for (JsonNode error : invalid.path("errors")) {
                        assertTrue(inputs.contains(error.path("field").asText()), name + " has no " + error);
                    }
                    assertTrue(
                            invalid.path("detail")
                                    .asText()
                                    .contains(
                                            "'" + invalid.at("/errors/0/field").asText() + "'"),
                            name);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "checked " + checked);
        for (String kind : new String[] {"author", "category", "tag"}) {
            String plural = kind.equals("category") ? "categories" : kind + "s";
            JsonNode example = spec.at("/paths/~1api~1v1~1" + plural + "~1{slug}/get/responses/404/content/"
                    + "application~1problem+json/example");
            String detail = example.path("detail").asText();
            assertEquals("No " + kind + " has the slug 'khong-co'", detail);
            assertEquals(
                    detail,
                    given().when()
                            .get("/api/v1/" + plural + "/khong-co")
                            .then()
                            .statusCode(404)
                            .extract()
                            .path("detail"),
                    "the server says what the example says");
        }
    }

    /** The contract loop holds only if the spec's server lets the validator match paths: a wrong answer fails. */
    @Test
    void theServerIsTheSiteAndTheValidatorStillChecksAnswers() {
        JsonNode spec = servedSpec();
        assertEquals("https://quanuy.example.vn", spec.at("/servers/0/url").asText());
        var validator = com.atlassian.oai.validator.OpenApiInteractionValidator.createForSpecificationUrl(
                        vn.bantin.SpecConformance.SPEC.toAbsolutePath().toUri().toString())
                .build();
        var request = com.atlassian.oai.validator.model.SimpleRequest.Builder.get("/api/v1/categories")
                .build();
        var wrong = com.atlassian.oai.validator.model.SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody("[{\"slug\": 7}]")
                .build();
        assertTrue(validator.validate(request, wrong).hasErrors(), "a wrong answer is caught");
        var right = com.atlassian.oai.validator.model.SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(given().when().get("/api/v1/categories").asString())
                .build();
        assertFalse(
                validator.validate(request, right).hasErrors(),
                validator.validate(request, right).toString());
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonNode findParameter(JsonNode parameters, String name) {
        for (JsonNode p : parameters) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static JsonNode servedSpec() {
        return given().accept("application/json")
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .as(JsonNode.class);
    }
}
