package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes of the PostgreSQL build on one database, as two instances behind a load balancer: views posted to
 * both at once add up exactly, and an edit saved on one shows on the next requests to the other. Runs in .ci/test's
 * PostgreSQL step, which builds that app and names it in BANTIN_PG_APP_JAR (skipped elsewhere).
 */
class TwoInstancesIT {
    private static final String PASSWORD = "mat-khau-hai-may-chu";
    private static final int VIEWS_PER_CLIENT = 150;
    private static final int CLIENTS_PER_INSTANCE = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void viewsAddUpExactlyAndAnEditShowsOnTheOtherInstance() throws Exception {
        String jar = System.getenv("BANTIN_PG_APP_JAR");
        assumeTrue(jar != null && System.getenv("BANTIN_DB_URL") != null, "needs the PostgreSQL build and database");
        // The first starts on an emptied database (the suite's leftovers gone), so that its first account is ours.
        try (PackagedApp a = PackagedApp.start(
                        jar,
                        work.resolve("a"),
                        19191,
                        "-Dbantin.auth.admin-password=" + PASSWORD,
                        "-Dquarkus.flyway.clean-at-start=true");
                PackagedApp b =
                        PackagedApp.start(jar, work.resolve("b"), 19192, "-Dbantin.auth.admin-password=" + PASSWORD)) {
            String slug = PackagedApp.SEED_SLUG;
            long before = a.viewCount(slug);
            assertEquals(before, b.viewCount(slug));

            ExecutorService pool = Executors.newFixedThreadPool(2 * CLIENTS_PER_INSTANCE);
            List<Future<Integer>> clients = new ArrayList<>();
            for (PackagedApp app : List.of(a, b)) {
                for (int c = 0; c < CLIENTS_PER_INSTANCE; c++) {
                    clients.add(pool.submit(() -> postViews(app, slug)));
                }
            }
            long acknowledged = 0;
            for (Future<Integer> counted : clients) {
                acknowledged += counted.get(3, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(2L * CLIENTS_PER_INSTANCE * VIEWS_PER_CLIENT, acknowledged);
            assertEquals(before + acknowledged, a.viewCount(slug), "exact on the first instance");
            assertEquals(before + acknowledged, b.viewCount(slug), "exact on the second");

            String title = get(b, "/api/v1/articles/" + slug).path("title").asText();
            get(b, "/api/v1/articles/" + slug); // now in the second instance's read cache
            String token = signIn(a);
            JsonNode article = get(
                    a,
                    "/api/v1/admin/articles/"
                            + get(a, "/api/v1/articles/" + slug).path("id").asLong(),
                    token);
            String edited = title + " (đã sửa)";
            HttpResponse<String> saved = client.send(
                    HttpRequest.newBuilder(a.uri("/api/v1/admin/articles/"
                                    + article.path("id").asLong()))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("If-Match", "\"" + article.path("version").asLong() + "\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    JSON.writeValueAsString(JSON.createObjectNode()
                                            .put("title", edited)
                                            .put("slug", slug)
                                            .put(
                                                    "bodyHtml",
                                                    article.path("bodyHtml").asText())
                                            .put(
                                                    "categorySlug",
                                                    article.at("/category/slug").asText())
                                            .put(
                                                    "authorSlug",
                                                    article.at("/author/slug").asText())
                                            .put(
                                                    "status",
                                                    article.path("status").asText())
                                            .put(
                                                    "publishedAt",
                                                    article.path("publishedAt").asText())),
                                    StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, saved.statusCode(), saved.body());
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            String seen = get(b, "/api/v1/articles/" + slug).path("title").asText();
            while (!seen.equals(edited) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                seen = get(b, "/api/v1/articles/" + slug).path("title").asText();
            }
            assertEquals(edited, seen, "the other instance shows the edit at once, not after its cache's 5 s");
        }
    }

    private int postViews(PackagedApp app, String slug) throws Exception {
        int counted = 0;
        for (int i = 0; i < VIEWS_PER_CLIENT; i++) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(app.uri("/api/v1/articles/" + slug + "/views"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            counted += JSON.readTree(answer.body()).path("counted").asBoolean() ? 1 : 0;
        }
        return counted;
    }

    private String signIn(PackagedApp app) throws Exception {
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(app.uri("/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("accessToken").asText();
    }

    private JsonNode get(PackagedApp app, String path) throws Exception {
        return get(app, path, null);
    }

    private JsonNode get(PackagedApp app, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() == 200, path + ": " + answer.statusCode() + " " + answer.body());
        return JSON.readTree(answer.body());
    }
}
