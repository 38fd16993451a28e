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
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("writeOpenApi")) {
            Files.writeString(SpecConformance.SPEC, served);
        }
        YAMLMapper yaml = new YAMLMapper();
        JsonNode committed = yaml.readTree(Files.readString(SpecConformance.SPEC));
        // Tree equality ignores key order, which the generator does not keep stable.
        assertEquals(committed, yaml.readTree(served),
                "backend/openapi/openapi.yaml differs from /q/openapi: refresh it with"
                        + " mvn test -Dtest=OpenApiSpecTest -DwriteOpenApi=true");
    }

    @Test
    void everyOperationHasAnIdTagsAndProblemAnswers() {
        JsonNode spec = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().as(JsonNode.class);
        List<String> operations = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String name = op.getKey() + " " + path.getKey();
            operations.add(name);
            assertTrue(operation.hasNonNull("operationId"), name);
            assertFalse(operation.path("tags").isEmpty(), name);
            assertTrue(operation.path("responses").has("500"), name);
            JsonNode responses = operation.path("responses");
            String success = responses.has("200") ? "200" : responses.has("201") ? "201"
                    : responses.has("202") ? "202" : "204";
            assertTrue(success.equals("204") ? responses.has("204")
                    : responses.path(success).path("content").size() > 0, name);
            if (path.getKey().startsWith("/api/v1/admin")) {
                assertTrue(operation.path("security").toString().contains("bearer"), name);
                assertTrue(responses.has("401") && responses.has("403"), name);
            }
        }));
        assertEquals("bearer", spec.at("/components/securitySchemes/bearer/scheme").asText());
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

}
