package vn.bantin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.common.BantinConfig;

/**
 * The reader site as the backend serves it, on a bare Vert.x router (no Quarkus boot needed): files, the
 * index.html fallback for the SPA's routes, and cache headers that suit hashed assets and everything else.
 */
class ReaderSiteTest {
    @TempDir
    static Path site;

    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void serveASite() throws Exception {
        Files.writeString(
                site.resolve("index.html"),
                "<!doctype html><html lang=\"vi\"><head><title>Bản tin</title>"
                        + "<meta name=\"description\" content=\"Bản tin của Quận ủy\" /><style>body{margin:0}</style></head>"
                        + "<div id=\"app\"></div>");
        Files.writeString(site.resolve("config.json"), "{\"apiBaseUrl\":\"\"}");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/index-abc123.js"), "console.log('bantin')");
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new ReaderSite().serve(router, configWithSiteAt(site), path -> switch (path) {
            case "/bai-viet/mot-bai" ->
                new PageHead(
                        200,
                        "Hội nghị \"sơ kết\" & <triển khai> | Bản tin Quận ủy",
                        "Tóm tắt của bài.",
                        "/bai-viet/mot-bai",
                        "/media/anh.jpg",
                        "article",
                        "2024-07-10T14:49+07:00",
                        "<article><h1>Hội nghị</h1><p>Chiều ngày 09</p></article>",
                        null);
            case "/bai-viet/ten-cu" -> PageHead.moved("/bai-viet/mot-bai");
            case "/bai-viet/khong-co", "/chuyen-muc/khong-co" -> PageHead.notFound("Bản tin Quận ủy");
            default -> PageHead.of("Bản tin Quận ủy", null, null);
        });
        router.route().handler(context -> context.response().setStatusCode(404).end("api"));
        server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void theIndexAndItsFilesAreServed() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<html lang=\"vi\">"));
        assertEquals("no-cache", index.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> config = get("/config.json");
        assertEquals(200, config.statusCode());
        assertEquals(
                "no-cache",
                config.headers().firstValue("Cache-Control").orElse(null),
                "config.json is edited at deploy time, so it is always revalidated");
    }

    @Test
    void pagesCarryAPolicyThatAllowsOnlyTheSiteAndItsOwnInlineStyle() throws Exception {
        String policy = get("/bai-viet/mot-bai")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        // sha256 of "body{margin:0}", the inline style of the test's index.html
        String hash = java.util.Base64.getEncoder()
                .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                        .digest("body{margin:0}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("style-src 'self' 'sha256-" + hash + "'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void hashedAssetsAreCachedForAYear() throws Exception {
        HttpResponse<String> asset = get("/assets/index-abc123.js");
        assertEquals(200, asset.statusCode());
        assertEquals("console.log('bantin')", asset.body());
        assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
    }

    @Test
    void theSpasRoutesAnswerWithIndexHtmlSoThatReloadsWork() throws Exception {
        for (String route : new String[] {
            "/bai-viet/mot-bai", "/chuyen-muc/tin-tuc?trang=2", "/tim-kiem?q=qcdc", "/tac-gia", "/the/dan-chu"
        }) {
            HttpResponse<String> page = get(route);
            assertEquals(200, page.statusCode(), route);
            assertTrue(page.body().contains("id=\"app\""), route);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), route);
        }
    }

    @Test
    void anArticlesPageCarriesItsOwnHeadForLinkPreviewsEscapedAndAbsolute() throws Exception {
        HttpResponse<String> page = get("/bai-viet/mot-bai");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(
                html.contains("<title>Hội nghị &quot;sơ kết&quot; &amp; &lt;triển khai&gt; | Bản tin Quận ủy</title>"),
                html);
        assertTrue(
                html.contains(
                        "<meta property=\"og:title\" content=\"Hội nghị &quot;sơ kết&quot; &amp; &lt;triển khai&gt;\" />"),
                html);
        assertTrue(html.contains("<meta name=\"description\" content=\"Tóm tắt của bài.\" />"), html);
        assertFalse(html.contains("Bản tin của Quận ủy"), "the site-wide description is replaced, not repeated");
        assertTrue(
                html.contains("<link rel=\"canonical\" href=\"https://quanuy.example.vn/bai-viet/mot-bai\" />"), html);
        assertTrue(
                html.contains("<meta property=\"og:image\" content=\"https://quanuy.example.vn/media/anh.jpg\" />"),
                html);
        assertTrue(html.contains("<meta property=\"og:type\" content=\"article\" />"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\" />"), html);
        assertTrue(
                html.contains("<style>body{margin:0}</style>"), "the inline style its policy names is kept as built");
    }

    @Test
    void anArticlesTextIsInThePageBeforeTheSpasRootAndOnlyWhereThereIsSome() throws Exception {
        String html = get("/bai-viet/mot-bai").body();
        int text = html.indexOf(
                "<main class=\"container\"><article><h1>Hội nghị</h1><p>Chiều ngày 09</p></article></main>");
        assertTrue(text > 0 && text < html.indexOf("<div id=\"app\"></div>"), html);
        assertTrue(html.contains("<div id=\"prerendered\">"), html);
        assertFalse(get("/tim-kiem?q=qcdc").body().contains("prerendered"), "a page without text of its own has none");
    }

    @Test
    void pagesWithoutADescriptionOfTheirOwnKeepTheSites() throws Exception {
        String html = get("/tim-kiem?q=qcdc").body();
        assertTrue(html.contains("<meta name=\"description\" content=\"Bản tin của Quận ủy\" />"), html);
        assertEquals(1, html.split("name=\"description\"").length - 1, html);
    }

    @Test
    void anUnknownArticleIs404AndAnOldAddressMoves() throws Exception {
        for (String path : new String[] {"/bai-viet/khong-co", "/chuyen-muc/khong-co"}) {
            HttpResponse<String> page = get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("id=\"app\"") && page.body().contains("content=\"noindex\""), path);
        }
        HttpResponse<String> moved = get("/bai-viet/ten-cu");
        assertEquals(301, moved.statusCode());
        assertEquals("/bai-viet/mot-bai", moved.headers().firstValue("Location").orElse(null));
    }

    @Test
    void theApiAndQuarkusPathsAreLeftToTheirOwnRoutes() throws Exception {
        for (String path : new String[] {
            "/api/v1/nothing", "/q/health", "/api", "/q", "/API/v1/articles", "/Api/v1/x", "/api;/v1/articles"
        }) {
            HttpResponse<String> answer = get(path);
            assertEquals(404, answer.statusCode(), path);
            assertEquals("api", answer.body(), path);
        }
    }

    @Test
    void otherPathsAnswer404WithTheSpasNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/khong-co");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("id=\"app\""));
        HttpResponse<String> asset = get("/assets/khong-co.js");
        assertEquals(404, asset.statusCode());
        assertEquals(
                "application/problem+json",
                asset.headers().firstValue("Content-Type").orElse(null));
    }

    @Test
    void dotFilesAndWhatLinksLeadOutsideAreNeverServed() throws Exception {
        Files.writeString(site.resolve(".env"), "SECRET=mat-khau");
        Path outside = Files.createTempDirectory("outside");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(site.resolve("assets/link"), outside);
        Files.createSymbolicLink(site.resolve("passwd.txt"), outside.resolve("passwd"));
        for (String path : new String[] {"/.env", "/%2Eenv", "/assets/link/passwd", "/passwd.txt", "/assets/../.env"}) {
            HttpResponse<String> answer = get(path);
            assertEquals(404, answer.statusCode(), path);
            assertFalse(answer.body().contains("SECRET") || answer.body().contains("root:"), path);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.actualPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static BantinConfig configWithSiteAt(Path dir) {
        return (BantinConfig) java.lang.reflect.Proxy.newProxyInstance(
                BantinConfig.class.getClassLoader(), new Class<?>[] {BantinConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("readerSite")) {
                        return new BantinConfig.ReaderSite() {
                            public String dir() {
                                return dir.toString();
                            }

                            public String url() {
                                return "https://quanuy.example.vn";
                            }

                            public String name() {
                                return "Bản tin Quận ủy";
                            }
                        };
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
