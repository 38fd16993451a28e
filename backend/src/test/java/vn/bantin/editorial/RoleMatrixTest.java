package vn.bantin.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.Editors;

/**
 * Every editorial route × anonymous, EDITOR and ADMIN: no token → 401, EDITOR on accounts → 403, otherwise the
 * route's own answer (never 401 or 403), and every answer no-store problem+json or JSON.
 */
@QuarkusTest
class RoleMatrixTest {
    private record Route(String method, String path, boolean adminOnly) {}

    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/v1/admin/articles", false),
            new Route("POST", "/api/v1/admin/articles", false),
            new Route("GET", "/api/v1/admin/articles/1", false),
            new Route("PUT", "/api/v1/admin/articles/1", false),
            new Route("DELETE", "/api/v1/admin/articles/987654321", false),
            new Route("GET", "/api/v1/admin/articles/1/revisions", false),
            new Route("POST", "/api/v1/admin/articles/1/revisions/0/restore", false),
            new Route("GET", "/api/v1/admin/articles/1/stats", false),
            new Route("POST", "/api/v1/admin/categories", false),
            new Route("PUT", "/api/v1/admin/categories/khong-co", false),
            new Route("DELETE", "/api/v1/admin/categories/khong-co", false),
            new Route("POST", "/api/v1/admin/authors", false),
            new Route("PUT", "/api/v1/admin/authors/khong-co", false),
            new Route("DELETE", "/api/v1/admin/authors/khong-co", false),
            new Route("POST", "/api/v1/admin/tags", false),
            new Route("PUT", "/api/v1/admin/tags/khong-co", false),
            new Route("DELETE", "/api/v1/admin/tags/khong-co", false),
            new Route("GET", "/api/v1/admin/media", false),
            new Route("POST", "/api/v1/admin/media", false),
            new Route("DELETE", "/api/v1/admin/media/987654321", false),
            new Route("POST", "/api/v1/admin/imports", true),
            new Route("POST", "/api/v1/admin/backups", true),
            new Route("GET", "/api/v1/admin/imports/khong-co", true),
            new Route("GET", "/api/v1/admin/users", true),
            new Route("POST", "/api/v1/admin/users", true),
            new Route("GET", "/api/v1/admin/users/987654321", true),
            new Route("PUT", "/api/v1/admin/users/987654321", true),
            new Route("DELETE", "/api/v1/admin/users/987654321", true));

    @Test
    void everyRouteAnswersByRole() {
        String editor = Editors.newAccountToken("EDITOR");
        String admin = Editors.adminToken();
        for (Route route : ROUTES) {
            Response anonymous = call(given().contentType("application/json"), route);
            assertEquals(401, anonymous.statusCode(), "anonymous " + route);
            assertEquals("application/problem+json", anonymous.contentType(), "anonymous " + route);
            assertEquals("no-store", anonymous.header("Cache-Control"), "anonymous " + route);

            Response asEditor = call(Editors.as(editor), route);
            if (route.adminOnly()) {
                assertEquals(403, asEditor.statusCode(), "EDITOR " + route);
                assertEquals("application/problem+json", asEditor.contentType(), "EDITOR " + route);
            } else {
                assertAllowed(asEditor, "EDITOR " + route);
            }
            assertAllowed(call(Editors.as(admin), route), "ADMIN " + route);
        }
    }

    private static void assertAllowed(Response answer, String who) {
        assertTrue(
                answer.statusCode() != 401 && answer.statusCode() != 403 && answer.statusCode() < 500,
                who + " answered " + answer.statusCode() + ": " + answer.asString());
        assertEquals("no-store", answer.header("Cache-Control"), who);
    }

    /** Each route with a body of its kind: JSON, or for uploads a multipart file. */
    private static Response call(RequestSpecification request, Route route) {
        if ((route.path().equals("/api/v1/admin/media") || route.path().equals("/api/v1/admin/imports"))
                && route.method().equals("POST")) {
            return request.contentType("multipart/form-data")
                    .multiPart("file", "x.txt", "chữ".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                    .request(route.method(), route.path());
        }
        return request.body("{}").header("If-Match", "\"0\"").request(route.method(), route.path());
    }
}
