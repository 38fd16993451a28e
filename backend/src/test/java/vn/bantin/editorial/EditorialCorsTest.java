package vn.bantin.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The editorial API answers browsers only from the configured origins; the public one answers any, to read. */
@QuarkusTest
class EditorialCorsTest {

    @Test
    void aConfiguredOriginMayCallTheEditorialApi() {
        given().header("Origin", "https://editor.example.org")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, if-match")
                .when()
                .options("/api/v1/admin/articles/1")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "https://editor.example.org")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/api/v1/auth/token")
                .then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example")
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/auth/token")
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Cache-Control", "no-store");
    }

    @Test
    void publicRoutesAllowAnyOriginButOnlyToReadAndCountViews() {
        given().header("Origin", "https://reader.example.net")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/articles")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "https://reader.example.net")
                .header("Access-Control-Allow-Methods", not(containsString("PUT")))
                .header("Access-Control-Allow-Methods", not(containsString("DELETE")))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")));
    }
}
