package vn.bantin.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an anonymous client once did to the public API, each now answered as a client mistake, never a 500. */
@QuarkusTest
class AbuseTest {
    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    private int port() {
        return root.getPort();
    }

    @Test
    void aDateFarOutOfRangeIs400NamingTheField() {
        for (String to : new String[] {"+999999999-12-31", "-000001-01-01", "99999-01-01"}) {
            given().queryParam("to", to)
                    .when()
                    .get("/api/v1/articles")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("to"));
        }
        given().queryParam("to", "9999-12-31")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    @Test
    void http10WithoutHostGetsItsPageWithRelativeLinks() {
        RawHttp.Answer answer = RawHttp.raw(port(), "GET /api/v1/articles?size=1&category= HTTP/1.0\r\n\r\n");
        assertEquals(200, answer.status(), answer.text());
        assertTrue(
                answer.text().contains("Link: </api/v1/articles?size=1&category=&page=2>; rel=\"next\""),
                answer.text());
    }

    @Test
    void aForgedHostNeverGetsIntoLinksOrRedirects() {
        RawHttp.Answer answer = RawHttp.raw(
                port(), "GET /api/v1/articles?size=1 HTTP/1.1\r\nHost: evil.example\r\n" + "Connection: close\r\n\r\n");
        assertEquals(200, answer.status());
        assertFalse(answer.text().contains("evil.example"), answer.text());
    }

    @Test
    void everyAnswerForbidsSniffingAndFramingBySomeoneElse() {
        for (String path : new String[] {
            "/api/v1/articles?size=1",
            "/api/v1/articles?size=1",
            "/api/v1/khong-co",
            "/api/v1/articles?size=0",
            "/q/health",
            "/media/0000000000000000000a.jpg"
        }) {
            given().when()
                    .get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'self'"));
        }
    }

    @Test
    void aHugeViewBodyIs413BeforeItIsRead() {
        RawHttp.Answer answer = RawHttp.raw(
                port(),
                "POST /api/v1/articles/bat-ky/views HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{\"visitorId\":");
        assertEquals(413, answer.status(), answer.text());
        assertTrue(answer.text().contains("application/problem+json"), answer.text());
        RawHttp.Answer body = RawHttp.raw(
                port(),
                "GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Length: 100000\r\nConnection: close\r\n\r\n");
        assertEquals(413, body.status(), "a GET takes no body of this size");
    }

    @Test
    void aMalformedOrOverlongAddressIsAProblemNotAnEmptyAnswer() {
        for (String target : new String[] {"/%zz", "/api/v1/articles?q=%zz", "/api/v1/articles/a%2"}) {
            RawHttp.Answer answer = RawHttp.get(port(), target);
            assertEquals(400, answer.status(), target + ": " + answer.text());
            assertTrue(
                    answer.text().contains("application/problem+json")
                            && answer.body().contains("\"status\":400"),
                    target + ": " + answer.text());
        }
        RawHttp.Answer tooLong = RawHttp.get(port(), "/api/v1/articles?q=" + "a".repeat(9000));
        assertEquals(414, tooLong.status(), tooLong.text());
        assertTrue(tooLong.body().contains("\"status\":414"), tooLong.text());
        RawHttp.Answer fine = RawHttp.get(port(), "/api/v1/articles?size=1&q=" + "%C4%91".repeat(60));
        assertEquals(200, fine.status(), "a long but valid address is answered");
    }
}
