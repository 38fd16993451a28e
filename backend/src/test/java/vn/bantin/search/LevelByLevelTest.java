package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.article.ArticleFilter;
import vn.bantin.article.ArticleSort;
import vn.bantin.common.PageRequest;

/**
 * PostgreSQL finds a broad query's first pages level by level (SearchRepository.levelByLevel) instead of scoring
 * every match; the two must give the same pages, in the same order, over the generated bulletins: the
 * benchmark's queries and a few more, several pages deep, with and without a category.
 */
@QuarkusTest
class LevelByLevelTest {
    @Inject
    SearchRepository repository;

    @Inject
    Glossary glossary;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @ParameterizedTest
    @ValueSource(strings = {"quy che dan chu", "QCDC", "Quy chế dân chủ ở cơ sở", "dan van kheo", "Ban Chỉ đạo",
            "chuyen doi so", "cải cách hành chính", "dang uy phuong phu do", "Đảng ủy phường Xuân Phương", "MTTQ",
            "phat trien dang vien", "kiểm tra giám sát", "đ/c Đỗ Khắc Đạo", "hoi nghi so ket 6 thang dau nam",
            "an sinh xa hoi", "UBND", "hội đồng nhân dân", "tuyen truyen", "huy hieu dang", "doi thoai truc tiep",
            "đảng", "phường", "quận ủy", "nam 2026", "tổ chức hội nghị"})
    void walkingTheLevelsGivesTheRankingOfAllMatches(String raw) {
        assumeTrue(dbKind.contains("postgresql"), "the walk is PostgreSQL's");
        SearchQuery query = QuarkusTransaction.requiringNew().call(() -> SearchQuery.parse(raw, glossary.entries()));
        Instant now = Instant.now();
        for (String category : new String[]{null, "tin-tuc-hoat-dong-cua-quan-uy"}) {
            ArticleFilter filter = new ArticleFilter(category, null, null, null, null, ArticleSort.RELEVANCE);
            for (PageRequest page : List.of(new PageRequest(1, 20), new PageRequest(2, 20), new PageRequest(5, 7),
                    new PageRequest(1, 100))) {
                List<Long> walked = QuarkusTransaction.requiringNew()
                        .call(() -> repository.levelByLevel(query, filter, page, now));
                List<Long> ranked = QuarkusTransaction.requiringNew()
                        .call(() -> repository.sortedOverAllMatches(query, filter, page, now));
                assertEquals(ranked, walked, raw + ", category " + category + ", " + page);
            }
        }
    }
}
