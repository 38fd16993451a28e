package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL builds an article's terms in plpgsql (V7) from the search texts Java folded; the query side names
 * terms in Java (Terms, TsQuery). The same texts through both must give identical terms, and a query of a text
 * must find that text at every level it is written for.
 */
@QuarkusTest
class TermsAgreementTest {
    @Inject
    SearchEngine engine;

    @Inject
    EntityManager em;

    @Inject
    vn.bantin.TestData data;

    static List<String> texts() {
        return List.of(
                "Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024",
                Normalizer.normalize("Đảng ủy phường Xuân Phương: quận uỷ, hoà thuận", Normalizer.Form.NFD),
                "Chỉ thị 05-CT/TW của BCT; đ/c Đỗ Khắc Đạo phát biểu!!! (tiếp theo...)",
                "QCDC ở cơ sở — «Dân vận khéo» năm 2023/2024, 11-QĐ/TW, 1.234,5 tỷ đồng",
                "Hà Nội 東京 Москва café naïve Ελλάδα ١٢٣ 123",
                "  khoảng   trắng\tvà\nxuống dòng  ",
                "x" + "ả".repeat(600) + " từ quá dài rồi hết",
                "Ngày 09/7/2024 | 14:30 | Lượt xem: 130");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void javaAndPlpgsqlMakeTheSameTerms(String text) {
        assumeTrue(engine instanceof PostgresSearch, "the terms are PostgreSQL's");
        String title = text;
        String summary = "Tóm tắt: " + text;
        String all = title + "\n" + summary + "\nNội dung " + text + "\nVăn Tân";
        Instant publishedAt = Instant.parse("2024-06-30T18:30:00Z"); // 1 July in Hanoi
        TreeSet<String> java = Terms.ofArticle(
                Folding.fold(all), Folding.fold(title), Folding.fold(summary), Folding.accented(all), publishedAt);
        TreeSet<String> plpgsql = QuarkusTransaction.requiringNew()
                .call(() -> new TreeSet<>(Arrays.asList((String[])
                        em.createNativeQuery("select tsvector_to_array(bantin_ranking_terms(?1, ?2, ?3, ?4, ?5))")
                                .setParameter(1, Folding.fold(all))
                                .setParameter(2, Folding.fold(title))
                                .setParameter(3, Folding.fold(summary))
                                .setParameter(4, Folding.accented(all))
                                .setParameter(5, Timestamp.from(publishedAt))
                                .getSingleResult())));
        assertEquals(java, plpgsql);
        assertTrue(java.contains("m:202407"), "the month of publication is Hanoi's");

        if (text.length() > SearchQuery.MAX_LENGTH) {
            return; // not a query the API takes (its words fit in a lexeme; the body's longest word may not)
        }
        SearchQuery query = SearchQuery.parse(text, List.of());
        for (RelevanceLevel level : RelevanceLevel.of(query)) {
            TsQuery terms = PostgresSearch.terms(level, query);
            boolean found = QuarkusTransaction.requiringNew().call(() -> (Boolean)
                    em.createNativeQuery("select bantin_ranking_terms(?1, ?2, ?3, ?4, ?5) @@ cast(?6 as tsquery)")
                            .setParameter(1, Folding.fold(all))
                            .setParameter(2, Folding.fold(title))
                            .setParameter(3, Folding.fold(summary))
                            .setParameter(4, Folding.accented(all))
                            .setParameter(5, Timestamp.from(publishedAt))
                            .setParameter(6, terms.toString())
                            .getSingleResult());
            assertTrue(found, level + ": " + terms);
        }
    }

    /** V13: the magnitude of an article's views is one term, the same as Java names it, kept as the count changes. */
    @Test
    void theMagnitudeOfViewsIsOneTermThatFollowsTheCount() {
        assumeTrue(engine instanceof PostgresSearch, "the terms are PostgreSQL's");
        for (long views : new long[] {0, 1, 2, 3, 4, 7, 8, 63, 64, 127, 128, 1_000_000, Long.MAX_VALUE}) {
            Object plpgsql = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("select bantin_view_term(?1)")
                            .setParameter(1, views)
                            .getSingleResult());
            assertEquals(Terms.views(Terms.magnitude(views)), plpgsql, views + " views");
        }
        long id = data.article(
                        "Lượt xem", data.category("Độ lớn"), data.author("Lê Văn Tám"), Duration.ofHours(1), List.of())
                .id;
        for (long views : new long[] {5, 6, 9, 200, 0}) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("update article set view_count = ?1 where id = ?2")
                            .setParameter(1, views)
                            .setParameter(2, id)
                            .executeUpdate());
            List<String> viewTerms = QuarkusTransaction.requiringNew()
                    .call(() -> Arrays.stream((String[]) em.createNativeQuery(
                                            "select tsvector_to_array(terms) from article_search where article_id = ?1")
                                    .setParameter(1, id)
                                    .getSingleResult())
                            .filter(term -> term.startsWith("v:"))
                            .toList());
            assertEquals(List.of(Terms.views(Terms.magnitude(views))), viewTerms, views + " views");
        }
    }
}
