package vn.bantin.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bantin.Editors;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;

/** The media library through the API: what is taken and how it is stored, served and refused. */
@QuarkusTest
class MediaTest {
    private static final String MEDIA = "/api/v1/admin/media";

    @Inject
    TestData data;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    private String token;

    @BeforeEach
    void signIn() {
        token = Editors.adminToken();
    }

    /** The multipart body exactly as a browser sends it: the file name in UTF-8 within the quotes. */
    private Response upload(byte[] bytes, String fileName, String declaredType) {
        String boundary = "----bantin" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().auth()
                .oauth2(token)
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray())
                .when()
                .post(MEDIA);
    }

    private static byte[] fetch(String url) {
        return given().when()
                .get(url)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", startsWith("\""))
                .extract()
                .asByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertTrue(image != null, "not a readable image");
        return image;
    }

    @Test
    void aPhotoIsTurnedUprightLosesItsGpsAndGetsNarrowerVariants() throws IOException {
        byte[] photo = TestImages.jpegWithGpsRotated(1200 + (int) (Math.random() * 100), 800);
        assertTrue(TestImages.contains(photo, TestImages.GPS_MARK.getBytes(StandardCharsets.US_ASCII)));
        Response created = upload(photo, "Ảnh hội nghị sơ kết.jpg", "image/jpeg");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/media/"))
                .body("contentType", equalTo("image/jpeg"))
                .body("fileName", equalTo("Ảnh hội nghị sơ kết.jpg"))
                .body("width", equalTo(800))
                .body("variants.width", equalTo(List.of(400)));
        byte[] stored = fetch(created.path("url"));
        assertFalse(TestImages.contains(stored, TestImages.GPS_MARK.getBytes(StandardCharsets.US_ASCII)), "GPS kept");
        assertFalse(TestImages.contains(stored, "Exif\0".getBytes(StandardCharsets.US_ASCII)), "EXIF kept");
        BufferedImage upright = decode(stored);
        assertEquals(800, upright.getWidth());
        assertTrue(upright.getHeight() > 1200, "orientation applied: " + upright.getHeight());
        BufferedImage variant = decode(fetch(created.path("variants[0].url")));
        assertEquals(400, variant.getWidth());
    }

    @ParameterizedTest(name = "{0} {1}×{2}")
    @CsvSource({
        "png, 1700, 500, image/png, '400,800,1600'",
        "gif, 500, 200, image/gif, '400'",
        "webp, 900, 600, image/jpeg, '400,800'",
        "jpg, 300, 300, image/jpeg, ''"
    })
    void everyImageKindIsStoredAsAValidImageOfItsSize(
            String kind, int width, int height, String storedType, String variants) throws IOException {
        byte[] bytes = kind.equals("webp")
                ? Files.readAllBytes(Path.of("src/test/resources/media/sample.webp"))
                : TestImages.image(
                        width + (int) (Math.random() * 20) * (kind.equals("jpg") ? 0 : 0),
                        height,
                        kind,
                        kind.equals("png"));
        Response created = upload(bytes, "anh." + kind, "application/octet-stream");
        if (created.statusCode() == 200) {
            created.then().body("contentType", equalTo(storedType)); // stored by an earlier run of the test
        }
        created.then()
                .body("contentType", equalTo(storedType))
                .body("width", equalTo(width))
                .body("height", equalTo(height));
        BufferedImage image = decode(fetch(created.path("url")));
        assertEquals(width, image.getWidth());
        List<Integer> expected = variants.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(variants.split(","))
                        .map(Integer::valueOf)
                        .toList();
        assertEquals(expected, created.path("variants.width"));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(
                    expected.get(i).intValue(),
                    decode(fetch(created.path("variants[" + i + "].url"))).getWidth());
        }
    }

    @Test
    void aPdfRoundTripsByteExactWithRangesAndItsVietnameseName() {
        byte[] pdf = (new String(TestImages.PDF, StandardCharsets.US_ASCII) + "% " + TestData.unique("x") + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        Response created = upload(pdf, "Nghị quyết số 05-NQ/QU.pdf", "application/pdf");
        created.then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("variants", hasSize(0))
                .body("bytes", equalTo(pdf.length));
        String url = created.path("url");
        assertArrayEquals(pdf, fetch(url));
        given().when()
                .get(url)
                .then()
                .header(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%20s%E1%BB%91%2005-NQ%2FQU.pdf"));
        given().auth()
                .oauth2(token)
                .when()
                .get(MEDIA)
                .then()
                .body("items.fileName", org.hamcrest.Matchers.hasItem("Nghị quyết số 05-NQ/QU.pdf"));
        byte[] first = given().header("Range", "bytes=0-7")
                .when()
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 0-7/" + pdf.length)
                .extract()
                .asByteArray();
        assertArrayEquals("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), first);
        given().header("Range", "bytes=-6")
                .when()
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes " + (pdf.length - 6) + "-" + (pdf.length - 1) + "/" + pdf.length);
        given().header("Range", "bytes=999999-")
                .when()
                .get(url)
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + pdf.length)
                .contentType("application/problem+json");
        String etag = given().when().get(url).header("ETag");
        given().header("If-None-Match", etag).when().get(url).then().statusCode(304);
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws IOException {
        byte[] bytes = TestImages.image(640, 480 + (int) (Math.random() * 1000), "png", false);
        long first = upload(bytes, "a.png", "image/png")
                .then()
                .statusCode(201)
                .extract()
                .<Integer>path("id");
        long second = upload(bytes, "b.png", "image/png")
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("id");
        assertEquals(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bieu-tuong.svg|image/svg+xml|<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "trang.html|text/html|<html><script>alert(1)</script></html>",
                "ghi-chu.txt|text/plain|Chỉ là chữ",
                "anh.jpg|image/jpeg|not really a jpeg"
            })
    void otherKindsAre415(String name, String type, String content) {
        upload(content.getBytes(StandardCharsets.UTF_8), name, type)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aPhotoNamedAsADocumentAndADocumentNamedAsAPhotoAre415() throws IOException {
        upload(TestImages.image(100, 100, "jpg", false), "nghi-quyet.pdf", "application/pdf")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString(".pdf"));
        upload(TestImages.PDF, "anh.jpg", "image/jpeg")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString(".jpg"));
    }

    @Test
    void tooLargeIs413AndABombIs400BeforeDecoding() throws IOException {
        // Only the head of the body is sent: the answer must come without the rest, and the connection closes.
        vn.bantin.common.RawHttp.Answer large = vn.bantin.common.RawHttp.raw(
                root.getPort(),
                "POST " + MEDIA
                        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                        + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 3200000\r\n\r\n--x\r\n");
        assertEquals(413, large.status(), large.text());
        assertTrue(large.text().contains("application/problem+json"), large.text());
        upload(TestImages.pngDeclaring(10_000, 10_000), "bom.png", "image/png")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        upload(TestImages.pngDeclaring(50, 50), "hong.png", "image/png")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .contentType("multipart/form-data")
                .multiPart("other", "x")
                .when()
                .post(MEDIA)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aFileAVisibleArticleShowsCannotBeDeletedUntilItIsArchived() throws IOException {
        Response medium = upload(
                TestImages.image(1000, 600 + (int) (Math.random() * 1000), "jpg", false), "bia.jpg", "image/jpeg");
        long id = medium.<Integer>path("id");
        String url = medium.path("url");
        Category category = data.category("Ảnh");
        Author author = data.author("Ngọc Lan");
        Map<String, Object> article = Map.of(
                "title",
                "Bài có ảnh " + TestData.unique("x"),
                "categorySlug",
                category.slug,
                "authorSlug",
                author.slug,
                "status",
                "PUBLISHED",
                "coverImageUrl",
                url,
                "bodyHtml",
                "<p>Ảnh:</p><img src=\"" + url + "\" alt=\"Quang cảnh\">");
        Response written = Editors.as(token).body(article).when().post("/api/v1/admin/articles");
        written.then()
                .statusCode(201)
                .body("bodyHtml", containsString("srcset=\""))
                .body("bodyHtml", containsString("loading=\"lazy\""))
                .body("bodyHtml", containsString("width=\"1000\""));
        given().when()
                .get("/api/v1/articles/" + written.path("slug"))
                .then()
                .statusCode(200)
                .body("coverImage.url", equalTo(url))
                .body("coverImage.width", equalTo(1000))
                .body("coverImage.variants.width", equalTo(List.of(400, 800)));
        given().auth()
                .oauth2(token)
                .when()
                .delete(MEDIA + "/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        Editors.as(token)
                .when()
                .delete("/api/v1/admin/articles/" + written.path("id"))
                .then()
                .statusCode(204);
        given().auth().oauth2(token).when().delete(MEDIA + "/" + id).then().statusCode(204);
        given().when().get(url).then().statusCode(404).contentType("application/problem+json");
        given().when().get(medium.<String>path("variants[0].url")).then().statusCode(404);
    }

    @Test
    void theLibraryListsNewestFirst() throws IOException {
        long older = upload(
                        TestImages.image(64, 64 + (int) (Math.random() * 1000), "png", false), "cu.png", "image/png")
                .<Integer>path("id");
        long newer = upload(
                        TestImages.image(65, 64 + (int) (Math.random() * 1000), "png", false), "moi.png", "image/png")
                .<Integer>path("id");
        List<Integer> ids = given().auth()
                .oauth2(token)
                .queryParam("size", 2)
                .when()
                .get(MEDIA)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .path("items.id");
        assertEquals(List.of((int) newer, (int) older), ids);
        given().when().get("/media/0000000000000000000z.jpg").then().statusCode(404);
        given().when().get("/media/../../etc/passwd").then().statusCode(404);
    }
}
