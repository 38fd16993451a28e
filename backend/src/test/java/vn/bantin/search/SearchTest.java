package vn.bantin.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.TestData;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;

/** Vietnamese search, rule by rule, on real sentences; each test searches its own category. */
@QuarkusTest
class SearchTest {
    @Inject
    TestData data;

    Category category;
    Author author;

    @BeforeEach
    void world() {
        category = data.category("Tìm kiếm");
        author = data.author("Trần Bích Ngọc");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"quy che dan chu", "Quy chế dân chủ", "QUY CHẾ DAN CHU", "dân CHỦ quy chế", "quy   che, dan-chu"
            })
    void caseAndToneMarksDoNotMatterInEitherDirection(String query) {
        Article article = article("Hội nghị triển khai Quy chế dân chủ ở cơ sở", null, "<p>Nội dung.</p>");
        search(query).body("items.slug", contains(article.slug));
    }

    @Test
    void dMatchesDStrokeBothWays() {
        Article stroke = article("Đảng bộ phường Đông Ngạc đại hội", null, "<p>x</p>");
        Article plain = article("Dang bo phuong Dong Ngac dai hoi (khong dau)", null, "<p>x</p>");
        search("dang bo dong ngac")
                .body("items.slug", org.hamcrest.Matchers.containsInAnyOrder(stroke.slug, plain.slug));
        search("Đảng bộ Đông Ngạc").body("items.slug", hasItem(plain.slug));
    }

    @Test
    void decomposedAndOldStyleTextIsFoundLikeNewStyle() {
        String oldStyleNfd =
                Normalizer.normalize("<p>Hội đồng hoà giải của quận uỷ bàn về thuỷ lợi.</p>", Normalizer.Form.NFD);
        Article article = article("Thông báo kết quả", null, oldStyleNfd);
        search("hòa giải quận ủy thủy lợi").body("items.slug", contains(article.slug));
        search("hoà giải uỷ").body("items.slug", contains(article.slug));
        search(Normalizer.normalize("hoà giải", Normalizer.Form.NFD)).body("items.slug", contains(article.slug));
    }

    @Test
    void everyWordMustOccurSomewhereIncludingTheAuthorName() {
        Article article = article(
                "Phường Tây Mỗ ra quân vệ sinh môi trường",
                "Tóm tắt về cây xanh",
                "<p>Người dân cùng tham gia dọn dẹp đường phố.</p>");
        search("tay mo cay xanh don dep").body("items.slug", contains(article.slug));
        search("tran bich ngoc moi truong").body("items.slug", contains(article.slug));
        search("tay mo bau cu").body("items", empty());
    }

    @Test
    void bodyTagsAreNotSearched() {
        article("Bài có liên kết", null, "<p><a href=\"https://example.org/strong\">Xem thêm</a></p>");
        search("strong").body("items", empty());
        search("href").body("items", empty());
    }

    @ParameterizedTest(name = "{0} finds the article that only says {1}")
    @CsvSource({
        "QCDC, Hội nghị về Quy chế dân chủ ở cơ sở",
        "quy che dan chu, Sơ kết thực hiện QCDC năm 2024",
        "BCĐ, Họp Ban Chỉ đạo phòng chống thiên tai",
        "ban chi dao, BCĐ họp phiên thường kỳ",
        "MTTQ, Ủy ban Mặt trận Tổ quốc quận gặp mặt",
        "đồng chí Nguyễn Văn An, đ/c Nguyễn Văn An phát biểu",
        "HĐND, Kỳ họp Hội đồng nhân dân quận"
    })
    void abbreviationsAndExpansionsFindEachOther(String query, String title) {
        Article article = article(title, null, "<p>Nội dung.</p>");
        search(query).body("items.slug", contains(article.slug));
    }

    @Test
    void titleOutranksSummaryOutranksBodyThenPhraseThenNewest() {
        Article inBody = article("Tin thứ nhất", null, "<p>Bàn về chuyển đổi số trong cơ quan.</p>", 1);
        Article inSummary = article("Tin thứ hai", "Chuyển đổi số ở phường", "<p>x</p>", 2);
        Article inTitle = article("Chuyển đổi số cấp quận", null, "<p>x</p>", 3);
        Article scatteredInTitle = article("Số hóa và chuyển đổi cách làm", null, "<p>x</p>", 4);
        Article olderInTitle = article("Chuyển đổi số năm trước", null, "<p>x</p>", 30);
        search("chuyen doi so")
                .body(
                        "items.slug",
                        contains(inTitle.slug, olderInTitle.slug, scatteredInTitle.slug, inSummary.slug, inBody.slug));
    }

    @Test
    void exactAccentedMatchesRankAboveFoldedOnes() {
        Article folded = article("Phường Dương Nội ra quân", null, "<p>x</p>", 1);
        Article exact = article("Sửa đường ở phường", null, "<p>x</p>", 5);
        search("đường").body("items.slug", contains(exact.slug, folded.slug));
        search("duong").body("items.slug", contains(folded.slug, exact.slug));
    }

    @Test
    void highlightMarksAccentInsensitiveMatchesAndEscapesTheRest() {
        article("Thông báo", null, "<p>Thực hiện tốt Quy chế dân chủ &lt;b&gt;ở&lt;/b&gt; cơ sở &amp; \"phường\".</p>");
        String highlight = search("quy che").extract().path("items[0].highlight");
        assertTrue(highlight.contains("<mark>Quy</mark> <mark>chế</mark>"), highlight);
        assertTrue(
                highlight.contains("&lt;b&gt;ở&lt;/b&gt;")
                        && highlight.contains("&amp;")
                        && highlight.contains("&quot;phường&quot;"),
                highlight);
        String withoutMarks = highlight.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), highlight);
    }

    @Test
    void highlightIsAShortExcerptAroundTheMatch() {
        String filler = "Nội dung khác không liên quan đến chủ đề của bài viết này. ".repeat(20);
        article("Bài dài", null, "<p>" + filler + "Cuối cùng là phần về cải cách hành chính. " + filler + "</p>");
        String highlight = search("cai cach hanh chinh").extract().path("items[0].highlight");
        assertTrue(
                highlight.contains("<mark>cải</mark> <mark>cách</mark> <mark>hành</mark> <mark>chính</mark>"),
                highlight);
        assertTrue(highlight.length() < 400, highlight);
        assertTrue(highlight.startsWith("… ") && highlight.endsWith(" …"), highlight);
    }

    @Test
    void listsWithoutQHaveNoHighlight() {
        article("Không tìm", null, "<p>x</p>");
        given().queryParam("category", category.slug)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("highlight")));
    }

    @Test
    void aPageFarPastTheLastIsEmptyAndKeepsTheTotal() {
        article("Chuyển đổi số ở phường", null, "<p>x</p>", 1);
        given().queryParam("q", "chuyen doi so")
                .queryParam("category", category.slug)
                .queryParam("page", Integer.MAX_VALUE - 1)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", org.hamcrest.Matchers.is(1));
    }

    @Test
    void otherSortsStillApply() {
        Article older = article("Chuyển đổi số lần một", null, "<p>x</p>", 10);
        Article newer = article("Lần hai về chuyển đổi số", null, "<p>x</p>", 1);
        search("chuyen doi so", "oldest").body("items.slug", contains(older.slug, newer.slug));
        search("chuyen doi so", "newest").body("items.slug", contains(newer.slug, older.slug));
    }

    @Test
    void theSeedBulletinIsFoundWithoutAccents() {
        given().queryParam("q", "quy che dan chu")
                .queryParam("category", "tin-tuc-hoat-dong-cua-quan-uy")
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .body("items[0].author.name", equalTo("Văn Tân"))
                .body("items[0].highlight", containsString("<mark>"));
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"", "   ", "\t"})
    void emptyQueryAnswers400(String q) {
        given().queryParam("q", q)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void overlongQueryAnswers400() {
        given().queryParam("q", "ả".repeat(201))
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(400);
        given().queryParam("q", "ả".repeat(200))
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(
            strings = {
                "%",
                "_",
                "'",
                "\\",
                "50%",
                "a_b",
                "O'Reilly",
                "<script>alert(1)</script>",
                "'; drop table article; --",
                "\"",
                "\\%"
            })
    void specialCharactersAreSearchedLiterallyAndBreakNothing(String q) {
        article("Bài bình thường", null, "<p>Không có gì đặc biệt.</p>");
        search(q).body("items", empty());
    }

    @Test
    void glossaryListsAtLeast15Terms() {
        List<String> terms = given().when()
                .get("/api/v1/glossary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("term", String.class);
        assertTrue(terms.size() >= 15, terms.toString());
        assertTrue(terms.containsAll(List.of("QCDC", "BCĐ", "MTTQ", "BCT", "UBND", "HĐND", "đ/c")), terms.toString());
        assertEquals(
                "Quy chế dân chủ",
                given().when()
                        .get("/api/v1/glossary")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("find { it.term == 'QCDC' }.expansion"));
    }

    private Article article(String title, String summary, String body) {
        return article(title, summary, body, 1);
    }

    private Article article(String title, String summary, String body, int daysAgo) {
        return data.article(title, summary, body, category, author, Duration.ofDays(daysAgo));
    }

    private ValidatableResponse search(String q) {
        return given().queryParam("q", q)
                .queryParam("category", category.slug)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }

    private ValidatableResponse search(String q, String sort) {
        return given().queryParam("q", q)
                .queryParam("category", category.slug)
                .queryParam("sort", sort)
                .when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200);
    }
}
