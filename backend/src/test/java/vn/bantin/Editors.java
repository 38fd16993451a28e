package vn.bantin;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Signed-in clients of the editorial API for tests: the first ADMIN of the test profile, or new accounts. */
public final class Editors {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "mat-khau-cua-bien-tap-vien";

    private Editors() {}

    public static String token(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    public static String adminToken() {
        return token(ADMIN, ADMIN_PASSWORD);
    }

    /** A new account of the role, signed in; its username is returned by {@link #lastUsername}. */
    public static String newAccountToken(String role) {
        String username = TestData.unique("bt").toLowerCase();
        given().auth()
                .oauth2(adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", role))
                .when()
                .post("/api/v1/admin/users")
                .then()
                .statusCode(201);
        return token(username, PASSWORD);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
