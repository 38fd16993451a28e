package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * What a backup must bring back, written through the API of a running app and checked in the restored one: an
 * account, an article with a revision, a photo of the media library and a counted view with its day statistic.
 */
final class BackupScenario {
    static final String PASSWORD = "mat-khau-sao-luu-it";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private long articleId;
    private String slug;
    private String mediaUrl;

    void write(PackagedApp app) throws Exception {
        String token = signIn(app);
        JsonNode created = send(app, token, "POST", "/api/v1/admin/articles", article("<p>Bản đầu.</p>"), null);
        articleId = created.path("id").asLong();
        slug = created.path("slug").asText();
        send(app, token, "PUT", "/api/v1/admin/articles/" + articleId, article("<p>Bản sửa.</p>"), "\"0\"");
        mediaUrl = upload(app, token, photo());
        HttpResponse<String> view = client.send(
                HttpRequest.newBuilder(app.uri("/api/v1/articles/" + slug + "/views"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, view.statusCode(), view.body());
    }

    void assertAllBack(PackagedApp app) throws Exception {
        String token = signIn(app);
        assertEquals(
                "<p>Bản sửa.</p>",
                get(app, token, "/api/v1/admin/articles/" + articleId)
                        .path("bodyHtml")
                        .asText());
        JsonNode revisions = get(app, token, "/api/v1/admin/articles/" + articleId + "/revisions");
        assertEquals(
                "<p>Bản đầu.</p>",
                revisions.get(0).path("article").path("bodyHtml").asText());
        HttpResponse<byte[]> medium =
                client.send(HttpRequest.newBuilder(app.uri(mediaUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, medium.statusCode());
        assertTrue(medium.body().length > 0);
        JsonNode stats = get(app, token, "/api/v1/admin/articles/" + articleId + "/stats?days=1");
        assertEquals(1, stats.path("days").get(0).path("views").asLong(), stats.toString());
        assertEquals(1, app.viewCount(slug));
    }

    String signIn(PackagedApp app) throws Exception {
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

    private static String article(String body) {
        return "{\"title\":\"Bản tin cần sao lưu\",\"bodyHtml\":\"" + body + "\","
                + "\"categorySlug\":\"tin-tuc-hoat-dong-cua-quan-uy\",\"authorSlug\":\"van-tan\",\"status\":\"PUBLISHED\"}";
    }

    private JsonNode send(PackagedApp app, String token, String method, String path, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", "Bearer " + token)
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
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(app.uri(path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }

    private String upload(PackagedApp app, String token, byte[] photo) throws Exception {
        String boundary = "----bantin-it";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anh.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(app.uri("/api/v1/admin/media"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
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
}
