package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.TestData;
import vn.bantin.article.ArticleFilter;
import vn.bantin.article.ArticleSort;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.PageRequest;

/**
 * PostgreSQL finds a page of results level by level (SearchRepository.levelByLevel) instead of scoring every
 * match; the two must give the same pages, in the same order: over the generated bulletins (the benchmark's
 * queries and a few more, several pages deep, with and without a category), and over bulletins written so that
 * every combination of levels occurs (the phrase or scattered words or some words in the title, in the summary,
 * in the body, with or without tone marks), in pages that start and end inside the levels.
 */
@QuarkusTest
class LevelByLevelTest {
    @Inject
    SearchRepository repository;

    @Inject
    Glossary glossary;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private static final String[] TITLES = {"Hội nghị quy chế dân chủ ở cơ sở", "Quy che dan chu o co so",
            "Dân chủ và quy chế làm việc", "Dân chủ ở cơ sở", "Tin hoạt động"};
    private static final String[] SUMMARIES = {"Thực hiện quy chế dân chủ", "Chủ động dân vận, quy chế mới",
            "Quy che dan chu", null};
    private static final String[] BODIES = {"<p>Bàn về quy chế dân chủ.</p>", "<p>quy che dan chu</p>",
            "<p>Chủ trương dân vận theo quy chế.</p>", "<p>Nội dung khác.</p>"};
    private static String everyCombination;

    @Inject
    TestData data;

    @ParameterizedTest
    @ValueSource(strings = {"quy chế dân chủ", "quy che dan chu", "Dân chủ", "QCDC", "quy chế", "chủ"})
    void everyCombinationOfLevelsComesInTheOrderOfTheFullRanking(String raw) {
        assumeTrue(dbKind.contains("postgresql"), "the walk is PostgreSQL's");
        if (everyCombination == null) {
            everyCombination = writeEveryCombination();
        }
        SearchQuery query = QuarkusTransaction.requiringNew().call(() -> SearchQuery.parse(raw, glossary.entries()));
        Instant now = Instant.now();
        ArticleFilter filter = new ArticleFilter(everyCombination, null, null, null, null, ArticleSort.RELEVANCE);
        for (PageRequest page : List.of(new PageRequest(1, 100), new PageRequest(1, 5), new PageRequest(2, 5),
                new PageRequest(3, 7), new PageRequest(5, 3), new PageRequest(9, 4), new PageRequest(30, 2))) {
            List<Long> walked = QuarkusTransaction.requiringNew()
                    .call(() -> repository.levelByLevel(query, filter, page, now));
            List<Long> ranked = QuarkusTransaction.requiringNew()
                    .call(() -> repository.sortedOverAllMatches(query, filter, page, now));
            assertEquals(ranked, walked, raw + ", " + page);
        }
    }

    /** Every title with every summary and body, at ages shuffled so that age says nothing of the levels. */
    private String writeEveryCombination() {
        Category category = data.category("Mọi tổ hợp");
        Author author = data.author("Lê Văn Tám");
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < TITLES.length * SUMMARIES.length * BODIES.length; i++) {
            ages.add(i + 1);
        }
        Collections.shuffle(ages, new Random(42));
        int next = 0;
        for (String title : TITLES) {
            for (String summary : SUMMARIES) {
                for (String body : BODIES) {
                    data.article(title, summary, body, category, author, Duration.ofHours(ages.get(next++)));
                }
            }
        }
        return category.slug;
    }

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
