package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup of the embedded database, taken while the packaged app runs, then the documented restore:
 * the data folder wiped, the zip unpacked into it, the app started again; every article, revision, account,
 * medium and view statistic is back.
 */
class BackupRestoreIT {
    private static final String PASSWORD = "mat-khau-sao-luu-it";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileRunningRestoresEverything() throws Exception {
        Path data = work.resolve("data");
        int port = 19195;
        String slug;
        long articleId;
        String mediaUrl;
        byte[] photo = photo();
        Path backup = work.resolve("bantin-backup.zip");
        try (PackagedApp app = PackagedApp.start(data, port, "-Dbantin.auth.admin-password=" + PASSWORD)) {
            String token = signIn(app);
            JsonNode created = send(app, token, "POST", "/api/v1/admin/articles", "{\"title\":\"Bản tin cần sao lưu\","
                    + "\"bodyHtml\":\"<p>Bản đầu.</p>\",\"categorySlug\":\"tin-tuc-hoat-dong-cua-quan-uy\","
                    + "\"authorSlug\":\"van-tan\",\"status\":\"PUBLISHED\"}", null);
            articleId = created.path("id").asLong();
            slug = created.path("slug").asText();
            send(app, token, "PUT", "/api/v1/admin/articles/" + articleId, "{\"title\":\"Bản tin cần sao lưu\","
                    + "\"bodyHtml\":\"<p>Bản sửa.</p>\",\"categorySlug\":\"tin-tuc-hoat-dong-cua-quan-uy\","
                    + "\"authorSlug\":\"van-tan\",\"status\":\"PUBLISHED\"}", "\"0\"");
            mediaUrl = upload(app, token, photo);
            HttpResponse<String> view = client.send(HttpRequest.newBuilder(app.uri("/api/v1/articles/" + slug + "/views"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, view.statusCode(), view.body());

            HttpResponse<Path> answer = client.send(HttpRequest.newBuilder(app.uri("/api/v1/admin/backups"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofFile(backup));
            assertEquals(200, answer.statusCode());
            assertEquals("application/zip", answer.headers().firstValue("Content-Type").orElse(""));
        }

        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        unzip(backup, data);

        // Started again as compose runs it in production: one JSON object per log line.
        try (PackagedApp app = PackagedApp.start(data, port, "-Dbantin.auth.admin-password=" + PASSWORD,
                "-Dquarkus.log.console.json.enabled=true")) {
            String token = signIn(app);
            JsonNode article = get(app, token, "/api/v1/admin/articles/" + articleId);
            assertEquals("<p>Bản sửa.</p>", article.path("bodyHtml").asText());
            JsonNode revisions = get(app, token, "/api/v1/admin/articles/" + articleId + "/revisions");
            assertEquals("<p>Bản đầu.</p>", revisions.get(0).path("article").path("bodyHtml").asText());
            HttpResponse<byte[]> medium = client.send(HttpRequest.newBuilder(app.uri(mediaUrl)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, medium.statusCode());
            assertTrue(medium.body().length > 0);
            JsonNode stats = get(app, token, "/api/v1/admin/articles/" + articleId + "/stats?days=1");
            assertEquals(1, stats.path("days").get(0).path("views").asLong(), stats.toString());
            assertEquals(1, app.viewCount(slug));
        }
        List<String> lines = Files.readAllLines(data.resolve("app.log")).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 3, lines.toString());
        for (String line : lines) {
            assertTrue(JSON.readTree(line).hasNonNull("message"), line);
        }
    }

    private String signIn(PackagedApp app) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(app.uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("accessToken").asText();
    }

    private JsonNode send(PackagedApp app, String token, String method, String path, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() < 300, method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        return JSON.readTree(answer.body());
    }

    private JsonNode get(PackagedApp app, String token, String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }

    private String upload(PackagedApp app, String token, byte[] photo) throws Exception {
        String boundary = "----bantin-it";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anh.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(app.uri("/api/v1/admin/media"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("url").asText();
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** What the README's restore does: unzip the backup into the data folder. */
    private static void unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into));
                Files.copy(entries, target);
            }
        }
    }
}
