package vn.bantin.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bantin.Editors;

/**
 * A zip of the old portal's pages through the admin endpoint: the seed page and its HTML rendering, new pages in
 * UTF-8, TCVN3 and Windows-1258, broken pages, files that are not pages; then the same zip again, then a changed page.
 */
@QuarkusTest
class ImportTest {
    private static final String IMPORTS = "/api/v1/admin/imports";
    private static final String HEADING = "HOẠT ĐỘNG CỦA CHI BỘ KHU DÂN CƯ";
    private static final String TCVN3_TITLE = "Hội nghị tổng kết công tác năm 2023 của chi bộ khu dân cư số 5";
    private static final String CP1258_TITLE = "Chi bộ khu dân cư số 7 kết nạp đảng viên mới";

    static String newBulletinHtml(String paragraph, String views) {
        return "<!DOCTYPE html><html><head><meta charset=utf-8>"
                + "<link rel=canonical href='https://quanuy.example.vn/hoat-dong/dai-hoi-chi-bo-12.html'></head><body>"
                + "<nav><a href=/>Trang chủ</a> <a href=/gioi-thieu>Giới thiệu</a></nav>"
                + "<ul class=breadcrumbs><li><a href=/>Trang chủ</a><li><a href=/hoat-dong>" + HEADING + "</a></ul>"
                + "<h1>Đại hội chi bộ khu dân cư số 3 nhiệm kỳ 2022 - 2025</h1>"
                + "<span>Ngày đăng 02/03/2021 | 08:05 | Lượt xem: " + views + "</span>"
                + "<div class=hometext>Đại hội bầu cấp ủy khóa mới.</div>"
                + "<div id=news-bodyhtml><p>" + paragraph + "</p>"
                + "<p><img src='/uploads/news/2021/dai-hoi.jpg' alt='Quang cảnh đại hội'></p>"
                + "<p>Xem <a href='/van-ban/nghi-quyet.pdf'>nghị quyết</a>.</p>"
                + "<p style='text-align:right'><strong>Nguyễn Thị Hoa</strong></p></div>"
                + "<aside><h3>Tin đọc nhiều</h3></aside></body></html>";
    }

    private static OldPortalFolder folder(String paragraph, String views) throws Exception {
        String seedText = OldPortalPagesTest.seedText();
        return new OldPortalFolder()
                .put("bulletin-2024-07-10.txt", seedText)
                .put("bulletin-2024-07-10.html", OldPortalPagesTest.resource("import/bulletin-2024-07-10.html"))
                .put("2021/dai-hoi-chi-bo.html", newBulletinHtml(paragraph, views))
                .put(
                        "tcvn3/tong-ket.txt",
                        OldPortalFolder.tcvn3(OldPortalFolder.textPage(
                                "Chi bộ cơ sở",
                                TCVN3_TITLE,
                                "16/01/2024 | 09:30",
                                57,
                                "Minh Anh",
                                "Sáng ngày 15/1/2024, chi bộ khu dân cư số 5 tổ chức hội nghị tổng kết công tác năm 2023.",
                                "Hội nghị đã đánh giá kết quả thực hiện nghị quyết và đề ra phương hướng năm 2024.")))
                .put(
                        "cp1258/ket-nap.txt",
                        OldPortalPages.windows1258(OldPortalFolder.textPage(
                                HEADING,
                                CP1258_TITLE,
                                "20/05/2023 | 15:00",
                                12,
                                "Trần Quốc Tuấn",
                                "Chiều ngày 19 tháng 5 năm 2023, Chi bộ khu dân cư số 7 tổ chức Lễ kết nạp đảng viên mới.",
                                "Đồng chí Bí thư Chi bộ trao Quyết định kết nạp và giao nhiệm vụ cho đảng viên mới.")))
                .put(
                        "broken/no-date.txt",
                        seedText.replace("Ngày đăng 10/07/2024 | 14:49 \u00A0|\u00A0Lượt xem: 130\n", ""))
                .put("broken/bad-date.txt", seedText.replace("10/07/2024", "31/02/2024"))
                .put("broken/garbled.txt", garbled())
                .put("images/anh.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})
                .put("css/style.css", "body { color: red }")
                .put("__MACOSX/._bulletin-2024-07-10.txt", new byte[] {0, 5, 22, 7});
    }

    private static byte[] garbled() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + (i * 37) % 128);
        }
        return bytes;
    }

    @Test
    void aFolderImportsOnceReportsWhatItCouldNotReadAndTakesChangesAsRevisions() throws Exception {
        String admin = Editors.adminToken();

        JsonPath first =
                runImport(admin, folder("Chiều ngày 01/3/2021, Chi bộ khu dân cư số 3 tổ chức Đại hội.", "1.204"));
        assertEquals("DONE", first.getString("state"));
        assertEquals(8, first.getInt("report.total"));
        assertEquals(3, first.getInt("report.skipped"), "the image, the style sheet and the archiver's file");
        assertEquals(3, first.getInt("report.created"));
        assertEquals(1, first.getInt("report.unchanged"), "the seed page as HTML is the seed bulletin, exactly");
        assertEquals(0, first.getInt("report.updated"));
        assertEquals(1, first.getInt("report.duplicates"));
        assertEquals(3, first.getInt("report.failed"));
        assertEquals(2, first.getInt("report.converted"));
        // The HTML rendering comes first in path order: it takes the seed article over, and finds it unchanged.
        assertEquals(List.of("bulletin-2024-07-10.txt"), first.getList("report.duplicateFiles.file"));
        assertEquals(List.of("bulletin-2024-07-10.html"), first.getList("report.duplicateFiles.sameAs"));
        assertEquals(
                Map.of("cp1258/ket-nap.txt", "Windows-1258", "tcvn3/tong-ket.txt", "TCVN3"),
                Map.of(
                        first.getString("report.conversions[0].file"),
                        first.getString("report.conversions[0].encoding"),
                        first.getString("report.conversions[1].file"),
                        first.getString("report.conversions[1].encoding")));
        assertFailure(first, "broken/bad-date.txt", 4, "31/02/2024");
        assertFailure(first, "broken/garbled.txt", 0, "encoding is unclear");
        assertFailure(first, "broken/no-date.txt", 3, "Ngày đăng dd/mm/yyyy");

        JsonPath html = article(admin, "Đại hội chi bộ khu dân cư số 3 nhiệm kỳ 2022 - 2025");
        assertEquals("PUBLISHED", html.getString("status"));
        assertEquals("2021-03-02T08:05:00+07:00", html.getString("publishedAt"));
        assertEquals(1204, html.getLong("viewCount"));
        assertEquals("Hoạt động của chi bộ khu dân cư", html.getString("category.name"));
        assertEquals("Nguyễn Thị Hoa", html.getString("author.name"));
        assertEquals("Đại hội bầu cấp ủy khóa mới.", html.getString("summary"));
        String body = html.getString("bodyHtml");
        assertTrue(
                body.contains("src=\"https://quanuy.example.vn/uploads/news/2021/dai-hoi.jpg\"")
                        && body.contains("alt=\"Quang cảnh đại hội\"")
                        && body.contains("href=\"https://quanuy.example.vn/van-ban/nghi-quyet.pdf\"")
                        && !body.contains("Nguyễn Thị Hoa")
                        && !body.contains("Tin đọc nhiều"),
                body);
        given().when()
                .get("/api/v1/articles/" + html.getString("slug"))
                .then()
                .statusCode(200)
                .body("viewCount", equalTo(1204))
                .body("bodyHtml", containsString("dai-hoi.jpg"));

        JsonPath tcvn3 = article(admin, TCVN3_TITLE);
        assertEquals("Chi bộ cơ sở", tcvn3.getString("category.name"));
        assertTrue(tcvn3.getString("bodyHtml").contains("đề ra phương hướng năm 2024"), tcvn3.getString("bodyHtml"));
        JsonPath cp1258 = article(admin, CP1258_TITLE);
        assertEquals(
                "Hoạt động của chi bộ khu dân cư",
                cp1258.getString("category.name"),
                "the category the HTML page created, found again by its heading in capitals");
        assertEquals("Trần Quốc Tuấn", cp1258.getString("author.name"));
        assertEquals(12, cp1258.getLong("viewCount"));

        // The seed page's warnings are not in the report: it was unchanged. The new pages' are, when they have any.
        JsonPath again =
                runImport(admin, folder("Chiều ngày 01/3/2021, Chi bộ khu dân cư số 3 tổ chức Đại hội.", "1.204"));
        assertEquals(0, again.getInt("report.created"));
        assertEquals(0, again.getInt("report.updated"));
        assertEquals(4, again.getInt("report.unchanged"));
        assertEquals(1, again.getInt("report.duplicates"));
        assertEquals(3, again.getInt("report.failed"));

        long revisionsBefore = revisions(admin, html.getLong("id")).size();
        JsonPath changed = runImport(
                admin, folder("Sáng ngày 01/3/2021, Chi bộ khu dân cư số 3 tổ chức Đại hội  lần thứ nhất.", "1.300"));
        assertEquals(1, changed.getInt("report.updated"));
        assertEquals(0, changed.getInt("report.created"));
        assertEquals(3, changed.getInt("report.unchanged"));
        JsonPath updated = article(admin, "Đại hội chi bộ khu dân cư số 3 nhiệm kỳ 2022 - 2025");
        assertEquals(html.getLong("id"), updated.getLong("id"));
        assertTrue(updated.getString("bodyHtml").contains("Sáng ngày 01/3/2021"));
        assertEquals(1300, updated.getLong("viewCount"), "the old portal's count grew by 96 since");
        List<Map<String, Object>> revisions = revisions(admin, html.getLong("id"));
        assertEquals(revisionsBefore + 1, revisions.size());
        assertEquals("import", revisions.get(0).get("editedBy"));
        assertTrue(
                ((Map<?, ?>) revisions.get(0).get("article"))
                        .get("bodyHtml")
                        .toString()
                        .contains("Chiều ngày 01/3/2021"),
                "the earlier state is kept");
        assertEquals(
                List.of("2021/dai-hoi-chi-bo.html"),
                changed.getList("report.warnings.file"),
                "the changed page's double space is in the report for proof-reading");
        assertEquals("double-space", changed.getString("report.warnings[0].warnings[0].code"));
    }

    @Test
    void onlyAZipIsTaken() {
        String admin = Editors.adminToken();
        given().auth()
                .oauth2(admin)
                .multiPart("file", "trang.txt", "không phải zip".getBytes(StandardCharsets.UTF_8), "text/plain")
                .when()
                .post(IMPORTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("file"));
        given().auth()
                .oauth2(admin)
                .when()
                .get(IMPORTS + "/khong-co")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static void assertFailure(JsonPath job, String file, int line, String reason) {
        List<Map<String, Object>> failures = job.getList("report.failures");
        Map<String, Object> failure = failures.stream()
                .filter(f -> file.equals(f.get("file")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " not among " + failures));
        assertEquals(line, failure.get("line"), file);
        assertTrue(failure.get("reason").toString().contains(reason), failure.toString());
    }

    private static JsonPath article(String token, String title) {
        JsonPath list = given().auth()
                .oauth2(token)
                .queryParam("size", 100)
                .queryParam("status", "PUBLISHED")
                .when()
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = list.getList("items");
        Object id = items.stream()
                .filter(a -> title.equals(a.get("title")))
                .map(a -> a.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article '" + title + "'"));
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<Map<String, Object>> revisions(String token, long id) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/admin/articles/" + id + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    static JsonPath runImport(String token, OldPortalFolder folder) throws Exception {
        Response started = given().auth()
                .oauth2(token)
                .multiPart("file", "cong-thong-tin-cu.zip", folder.zip("trang-luu"), "application/zip")
                .when()
                .post(IMPORTS);
        started.then()
                .statusCode(202)
                .header("Location", containsString(IMPORTS + "/"))
                .body("state", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "DONE"))
                .body("fileName", equalTo("cong-thong-tin-cu.zip"));
        String location = started.header("Location");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = given().auth()
                    .oauth2(token)
                    .when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end in 60 s");
    }
}
