package vn.bantin.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bantin.Editors;

/** Warnings that help the office proof-read: the committee's own slips are found, clean text raises none. */
@QuarkusTest
class EditorialWarningsTest {
    private static final String SEED_SLUG =
            "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024";
    private static final Set<String> GLOSSARY = Set.of("QCDC", "BCĐ", "MTTQ", "BCT", "UBND", "TW", "đ/c");

    @Test
    void theSeedBulletinRaisesItsYearItsRepetitionAndItsDoubleSpaces() {
        int id = given().when()
                .get("/api/v1/articles/" + SEED_SLUG)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        List<Map<String, String>> warnings = Editors.as(Editors.adminToken())
                .when()
                .get("/api/v1/admin/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("warnings");
        assertTrue(
                warnings.contains(Map.of(
                        "code",
                        "implausible-year",
                        "field",
                        "title",
                        "message",
                        "Năm 20024 có thể gõ nhầm",
                        "excerpt",
                        "năm 20024")),
                warnings.toString());
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.get("code").equals("repeated-word")
                                && w.get("excerpt").equals("xây dựng xây")),
                warnings.toString());
        assertEquals(
                List.of("xây \u00A0và", "cần\u00A0 tập"),
                warnings.stream()
                        .filter(w -> w.get("code").equals("double-space"))
                        .map(w -> w.get("excerpt"))
                        .toList(),
                "each double space with the words around it");
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.get("code").equals("unknown-abbreviation")
                                && w.get("excerpt").equals("XH")),
                warnings.toString());
    }

    @Test
    void aDoubleSpaceShowsAtMostTwentyLettersOfEachWordAroundIt() {
        String longWord = "a".repeat(30);
        List<Warning> warnings =
                EditorialWarnings.of("Tiêu đề", null, "<p>" + longWord + "  " + longWord + " và  ở</p>", Set.of());
        assertEquals(
                List.of("a".repeat(20) + "  " + "a".repeat(20), "và  ở"),
                warnings.stream()
                        .filter(w -> w.code().equals("double-space"))
                        .map(Warning::excerpt)
                        .toList());
    }

    @Test
    void generatedBulletinsRaiseNoWarning() {
        List<Map<String, Object>> items = Editors.as(Editors.adminToken())
                .queryParam("size", 40)
                .queryParam("status", "PUBLISHED")
                .when()
                .get("/api/v1/admin/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        long generated =
                items.stream().filter(i -> !SEED_SLUG.equals(i.get("slug"))).count();
        assertTrue(generated >= 30, "only " + generated);
        for (Map<String, Object> item : items) {
            if (!SEED_SLUG.equals(item.get("slug"))) {
                assertEquals(List.of(), item.get("warnings"), item.get("title") + ": " + item.get("warnings"));
            }
        }
    }

    @Test
    void eachKindIsFoundWhereItStands() {
        List<Warning> warnings = EditorialWarnings.of(
                "Hội nghị năm 20224",
                "Tóm tắt và và kết luận",
                "<p>Đoạn có  hai dấu cách.</p><p></p><p>&nbsp;</p><p>Ban CĐS họp với UBND.</p>",
                GLOSSARY);
        assertTrue(
                warnings.contains(new Warning("implausible-year", "title", "Năm 20224 có thể gõ nhầm", "năm 20224")));
        assertTrue(
                warnings.contains(new Warning("repeated-word", "summary", "Từ “và” bị lặp", "và và")),
                warnings.toString());
        assertTrue(warnings.stream()
                .anyMatch(w -> w.code().equals("double-space") && w.field().equals("bodyHtml")));
        assertEquals(
                2,
                warnings.stream()
                        .filter(w -> w.code().equals("empty-paragraph"))
                        .count(),
                warnings.toString());
        assertTrue(warnings.stream()
                .anyMatch(w ->
                        w.code().equals("unknown-abbreviation") && w.excerpt().equals("CĐS")));
        assertTrue(warnings.stream().noneMatch(w -> w.excerpt().equals("UBND")));
    }

    @Test
    void ordinaryVietnameseIsNotASlip() {
        String text = "<p>Ngày 2 tháng 9 năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập. Nhà nhà, người người"
                + " thi đua; vừa học vừa làm; càng khó càng quyết tâm. Quý III và quý IV năm 2025, đ/c Bí thư"
                + " chỉ đạo thực hiện QCDC, Chỉ thị 05-CT/TW của BCT.</p>";
        assertEquals(
                List.of(),
                EditorialWarnings.of(
                        "Kỷ niệm 80 năm Cách mạng tháng Tám", null, text, Set.of("QCDC", "CT", "TW", "BCT", "đ/c")));
    }
}
