package vn.bantin.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every client mistake answers the matching 4xx as problem+json, naming the field where there is one. */
@QuarkusTest
class ProblemAnswersTest {

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource({
        "page, 0",
        "page, -1",
        "page, abc",
        "page, 1.5",
        "page, 99999999999",
        "size, 0",
        "size, 101",
        "size, x",
        "sort, bogus",
        "sort, relevance",
        "from, yesterday",
        "from, 2024-13-01",
        "to, 2024-02-30"
    })
    void malformedListParameterAnswers400(String name, String value) {
        given().queryParam(name, value)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", containsString(name))
                .body("errors.field", hasItem(name))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void fromAfterToAnswers400() {
        given().queryParam("from", "2024-07-11")
                .queryParam("to", "2024-07-10")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        given().queryParam("page", 0)
                .queryParam("size", 500)
                .queryParam("sort", "x")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("page", "size", "sort"));
    }

    @ParameterizedTest(name = "related limit={0} is rejected")
    @CsvSource({"0", "21", "-3", "five"})
    void relatedLimitOutOfRangeAnswers400(String limit) {
        String slug =
                given().when().get("/api/v1/articles?size=1").then().extract().path("items[0].slug");
        given().queryParam("limit", limit)
                .when()
                .get("/api/v1/articles/" + slug + "/related")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownParametersAreIgnored() {
        given().queryParam("utm_source", "facebook")
                .queryParam("fbclid", "x")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void unknownRouteAnswers404Problem() {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v2/articles", "/khong-co"}) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("detail", containsString(path));
        }
    }

    @Test
    void wrongMethodAnswers405Problem() {
        given().when()
                .delete("/api/v1/articles")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .header("Allow", "GET, HEAD");
        given().contentType("application/json")
                .body("{}")
                .when()
                .put("/api/v1/categories")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD");
    }

    @Test
    void readingTheViewsEndpointAnswers405NamingPost() {
        given().when()
                .get("/api/v1/articles/bat-ky-bai-nao/views")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "POST");
    }

    @Test
    void unacceptableMediaTypeAnswers406Problem() {
        given().accept("text/html")
                .when()
                .get("/api/v1/categories")
                .then()
                .statusCode(406)
                .body(containsString("\"status\":406"));
    }
}
