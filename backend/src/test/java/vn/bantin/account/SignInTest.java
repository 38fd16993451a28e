package vn.bantin.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.bantin.Editors;
import vn.bantin.TestData;

/** Signing in, refreshing, ending sessions, and the lock against password guessing. */
@QuarkusTest
class SignInTest {

    @Test
    void firstAdminSignsInWithTheConfiguredPassword() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", Editors.ADMIN, "password", Editors.ADMIN_PASSWORD))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", lessThanOrEqualTo(3600))
                .body("refreshExpiresIn", greaterThan(8 * 3600))
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue());
    }

    @Test
    void theGeneratedSigningKeyIsReadableByItsOwnerOnly() throws Exception {
        Path key = Path.of("target/test-data/keys/jwt-private.pem");
        assertTrue(Files.exists(key));
        assertEquals(
                java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
    }

    @Test
    void wrongPasswordAndUnknownUsernameAnswerTheSame401() {
        String username = newEditor();
        Response wrongPassword = signIn(username, "not-the-password");
        Response unknown = signIn(TestData.unique("khong-co"), "not-the-password");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(wrongPassword.contentType(), unknown.contentType());
        assertEquals(wrongPassword.body().asString(), unknown.body().asString());
    }

    @Test
    void missingFieldsAre400NotA401() {
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password"));
    }

    @Test
    void fiveFailuresLockTheUsernameWithRetryAfterAndASuccessResetsTheCount() {
        String username = newEditor();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, signIn(username, "wrong-" + i).statusCode());
        }
        assertEquals(200, signIn(username, Editors.PASSWORD).statusCode()); // resets
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(username, "wrong-" + i).statusCode());
        }
        Response locked = signIn(username, Editors.PASSWORD);
        assertEquals(429, locked.statusCode());
        assertEquals("application/problem+json", locked.contentType());
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 900, "Retry-After " + retryAfter);
        // Another username is not locked with it.
        assertEquals(200, signIn(Editors.ADMIN, Editors.ADMIN_PASSWORD).statusCode());
    }

    @Test
    void guessesSentAtOnceFromManyConnectionsGetNoMoreThanFiveTries() throws Exception {
        String username = newEditor();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "wrong-" + i;
                guesses.add(() -> signIn(username, guess).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(guesses)) {
                statuses.add(answer.get());
            }
            assertTrue(statuses.stream().filter(s -> s == 401).count() <= 5, statuses.toString());
            assertEquals(40, statuses.stream().filter(s -> s == 401 || s == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(429, signIn(username, Editors.PASSWORD).statusCode());
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheSignIn() {
        Response first = signIn(Editors.ADMIN, Editors.ADMIN_PASSWORD);
        String refresh = first.path("refreshToken");
        Response second = refresh(refresh);
        assertEquals(200, second.statusCode());
        String next = second.path("refreshToken");
        given().auth()
                .oauth2(second.<String>path("accessToken"))
                .when()
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200);
        assertEquals(401, refresh(refresh).statusCode()); // replayed: the sign-in ends
        assertEquals(401, refresh(next).statusCode());
    }

    @Test
    void signOutEndsTheRefreshToken() {
        String refresh = signIn(Editors.ADMIN, Editors.ADMIN_PASSWORD).path("refreshToken");
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refresh))
                .when()
                .post("/api/v1/auth/sign-out")
                .then()
                .statusCode(204);
        assertEquals(401, refresh(refresh).statusCode());
    }

    @Test
    void aPasswordChangeDisablingOrDeletionEndsTokensAtOnce() {
        for (String change : List.of("password", "disable", "delete")) {
            String username = newEditor();
            long id = idOf(username);
            Response session = signIn(username, Editors.PASSWORD);
            String access = session.path("accessToken");
            Editors.as(access).when().get("/api/v1/admin/articles").then().statusCode(200);
            var admin = Editors.as(Editors.adminToken());
            switch (change) {
                case "password" ->
                    admin.body(Map.of("password", "mot-mat-khau-moi-hoan-toan"))
                            .when()
                            .put("/api/v1/admin/users/" + id)
                            .then()
                            .statusCode(200);
                case "disable" ->
                    admin.body(Map.of("enabled", false))
                            .when()
                            .put("/api/v1/admin/users/" + id)
                            .then()
                            .statusCode(200);
                default ->
                    admin.when().delete("/api/v1/admin/users/" + id).then().statusCode(204);
            }
            Editors.as(access)
                    .when()
                    .get("/api/v1/admin/articles")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            assertEquals(401, refresh(session.path("refreshToken")).statusCode(), change);
        }
    }

    @Test
    void aTamperedOrForeignTokenIs401() {
        String token = Editors.adminToken();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        Editors.as(tampered)
                .when()
                .get("/api/v1/admin/users")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        Editors.as("not-a-jwt").when().get("/api/v1/admin/users").then().statusCode(401);
    }

    private static String newEditor() {
        String username = TestData.unique("bt").toLowerCase();
        Editors.as(Editors.adminToken())
                .body(Map.of("username", username, "password", Editors.PASSWORD, "role", "EDITOR"))
                .when()
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
        return username;
    }

    private static long idOf(String username) {
        List<Map<String, Object>> users = Editors.as(Editors.adminToken())
                .when()
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        return users.stream()
                .filter(u -> username.equals(u.get("username")))
                .map(u -> ((Number) u.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .when()
                .post("/api/v1/auth/token");
    }

    private static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refreshToken))
                .when()
                .post("/api/v1/auth/refresh");
    }
}
