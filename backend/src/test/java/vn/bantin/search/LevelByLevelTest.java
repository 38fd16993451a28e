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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.TestData;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.PageRequest;
import vn.bantin.listing.ArticleFilter;
import vn.bantin.listing.ArticleSort;
import vn.bantin.listing.ArticleStatus;

/**
 * PostgreSQL finds a page of results level by level (LevelWalk) instead of scoring every match; the two must give
 * the same pages, in the same order: over the generated bulletins (the benchmark's queries and a few more, several
 * pages deep, with and without a category), and over bulletins written so that every combination of levels occurs
 * (the phrase or scattered words or some words in the title, in the summary, in the body, with or without tone
 * marks), in pages that start and end inside the levels. On either database, the engine's pages over those
 * bulletins are also the ranking computed here in Java from their stored search texts and RelevanceLevel.
 */
@QuarkusTest
class LevelByLevelTest {
    @Inject
    SearchEngine engine;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    Glossary glossary;

    private static final String[] TITLES = {
        "Hội nghị quy chế dân chủ ở cơ sở",
        "Quy che dan chu o co so",
        "Dân chủ và quy chế làm việc",
        "Dân chủ ở cơ sở",
        "Tin hoạt động"
    };
    private static final String[] SUMMARIES = {
        "Thực hiện quy chế dân chủ", "Chủ động dân vận, quy chế mới", "Quy che dan chu", null
    };
    private static final String[] BODIES = {
        "<p>Bàn về quy chế dân chủ.</p>",
        "<p>quy che dan chu</p>",
        "<p>Chủ trương dân vận theo quy chế.</p>",
        "<p>Nội dung khác.</p>"
    };
    private static String everyCombination;

    @Inject
    TestData data;

    @ParameterizedTest
    @ValueSource(strings = {"quy chế dân chủ", "quy che dan chu", "Dân chủ", "QCDC", "quy chế", "chủ"})
    void everyCombinationOfLevelsComesInTheOrderOfTheFullRanking(String raw) {
        if (everyCombination == null) {
            everyCombination = writeEveryCombination();
        }
        SearchQuery query = QuarkusTransaction.requiringNew().call(() -> SearchQuery.parse(raw, glossary.entries()));
        Instant now = Instant.now();
        ArticleFilter filter = new ArticleFilter(everyCombination, null, null, null, null, ArticleSort.RELEVANCE);
        List<Long> reference = QuarkusTransaction.requiringNew().call(() -> rankedInJava(query, everyCombination, now));
        for (PageRequest page : List.of(
                new PageRequest(1, 100),
                new PageRequest(1, 5),
                new PageRequest(2, 5),
                new PageRequest(3, 7),
                new PageRequest(5, 3),
                new PageRequest(9, 4),
                new PageRequest(30, 2))) {
            List<Long> expected = reference.subList((int) Math.min(page.offset(), reference.size()), (int)
                    Math.min(page.offset() + page.size(), reference.size()));
            assertEquals(expected, engine.search(query, filter, page, now).ids(), raw + ", " + page);
            if (engine instanceof PostgresSearch postgres) {
                assertEquals(expected, postgres.rankedOverAllMatches(query, filter, page, now), raw + ", " + page);
            }
        }
    }

    /**
     * The ranking as RelevanceLevel defines it, computed in Java from the stored search texts of the category's
     * articles: the levels' weights, then newest first.
     */
    private List<Long> rankedInJava(SearchQuery query, String category, Instant now) {
        List<RelevanceLevel> levels = RelevanceLevel.of(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.search_title, a.search_summary, a.search_all,"
                        + " a.search_accented, a.published_at from article a join category c on c.id = a.category_id"
                        + " where c.slug = ?1")
                .setParameter(1, category)
                .getResultList();
        record Ranked(long id, int score, Instant publishedAt) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Object[] row : rows) {
            String title = padded(row[1]);
            String summary = padded(row[2]);
            String all = padded(row[3]);
            if (!everyGroupIn(all, query)) {
                continue;
            }
            int score = 0;
            for (RelevanceLevel level : levels) {
                boolean holds = switch (level) {
                    case PHRASE_IN_TITLE -> title.contains(query.phrase());
                    case ALL_IN_TITLE -> everyGroupIn(title, query);
                    case PHRASE_IN_SUMMARY -> summary.contains(query.phrase());
                    case ALL_IN_SUMMARY -> everyGroupIn(summary, query);
                    case PHRASE_ANYWHERE -> all.contains(query.phrase());
                    case ACCENTED ->
                        String.valueOf(row[4]).contains(query.accented().trim());
                };
                score += holds ? RelevanceLevel.weight(levels, level) : 0;
            }
            Instant at = row[5] instanceof java.sql.Timestamp t
                    ? t.toInstant()
                    : row[5] instanceof java.time.OffsetDateTime t ? t.toInstant() : (Instant) row[5];
            ranked.add(new Ranked(((Number) row[0]).longValue(), score, at));
        }
        ranked.sort(java.util.Comparator.comparingInt(Ranked::score)
                .reversed()
                .thenComparing(Ranked::publishedAt, java.util.Comparator.reverseOrder())
                .thenComparing(Ranked::id, java.util.Comparator.reverseOrder()));
        return ranked.stream().map(Ranked::id).toList();
    }

    private static String padded(Object folded) {
        return " " + (folded == null ? "" : folded.toString().trim()) + " ";
    }

    private static boolean everyGroupIn(String padded, SearchQuery query) {
        return query.groups().stream()
                .allMatch(group ->
                        group.stream().anyMatch(phrase -> padded.contains(" " + String.join(" ", phrase) + " ")));
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
    @ValueSource(
            strings = {
                "quy che dan chu",
                "QCDC",
                "Quy chế dân chủ ở cơ sở",
                "dan van kheo",
                "Ban Chỉ đạo",
                "chuyen doi so",
                "cải cách hành chính",
                "dang uy phuong phu do",
                "Đảng ủy phường Xuân Phương",
                "MTTQ",
                "phat trien dang vien",
                "kiểm tra giám sát",
                "đ/c Đỗ Khắc Đạo",
                "hoi nghi so ket 6 thang dau nam",
                "an sinh xa hoi",
                "UBND",
                "hội đồng nhân dân",
                "tuyen truyen",
                "huy hieu dang",
                "doi thoai truc tiep",
                "đảng",
                "phường",
                "quận ủy",
                "nam 2026",
                "tổ chức hội nghị"
            })
    void walkingTheLevelsGivesTheRankingOfAllMatches(String raw) {
        assumeTrue(engine instanceof PostgresSearch, "the walk is PostgreSQL's");
        PostgresSearch postgres = (PostgresSearch) engine;
        SearchQuery query = QuarkusTransaction.requiringNew().call(() -> SearchQuery.parse(raw, glossary.entries()));
        Instant now = Instant.now();
        for (String category : new String[] {null, "tin-tuc-hoat-dong-cua-quan-uy"}) {
            ArticleFilter filter = new ArticleFilter(category, null, null, null, null, ArticleSort.RELEVANCE);
            for (PageRequest page : List.of(
                    new PageRequest(1, 20), new PageRequest(2, 20), new PageRequest(5, 7), new PageRequest(1, 100))) {
                List<Long> walked = postgres.walk(query, filter, page, now);
                List<Long> ranked = postgres.rankedOverAllMatches(query, filter, page, now);
                assertEquals(ranked, walked, raw + ", category " + category + ", " + page);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"đảng", "phường", "quận ủy", "nam 2026", "hội nghị", "UBND"})
    void readingWindowByWindowGivesTheSortedPage(String raw) {
        assumeTrue(engine instanceof PostgresSearch, "the windows are PostgreSQL's");
        PostgresSearch postgres = (PostgresSearch) engine;
        SearchQuery query = QuarkusTransaction.requiringNew().call(() -> SearchQuery.parse(raw, glossary.entries()));
        Instant now = Instant.now();
        for (ArticleSort sort : List.of(ArticleSort.NEWEST, ArticleSort.OLDEST, ArticleSort.MOST_VIEWED)) {
            for (String category : new String[] {null, "tin-tuc-hoat-dong-cua-quan-uy"}) {
                ArticleFilter filter = new ArticleFilter(category, null, null, null, null, sort);
                for (PageRequest page : List.of(
                        new PageRequest(1, 20),
                        new PageRequest(2, 20),
                        new PageRequest(5, 7),
                        new PageRequest(3, 100),
                        new PageRequest(1, 100))) {
                    List<Long> whole = postgres.sorted(query, filter, page, now, false);
                    String what = raw + ", " + sort + ", category " + category + ", " + page;
                    assertEquals(whole, postgres.sorted(query, filter, page, now, true), what);
                    assertEquals(whole, engine.search(query, filter, page, now).ids(), what);
                }
            }
        }
    }

    /**
     * The editors' search holds drafts, which have no month or one far ahead, and must come where the order puts
     * them (first, newest first): the walk reads their leaves whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"đảng", "quận ủy", "hội nghị", "quy chế dân chủ"})
    void theEditorsWalkOverEveryStatusGivesTheRankingOfAllMatches(String raw) {
        assumeTrue(engine instanceof PostgresSearch, "the walk is PostgreSQL's");
        PostgresSearch postgres = (PostgresSearch) engine;
        SearchQuery query = QuarkusTransaction.requiringNew().call(() -> SearchQuery.parse(raw, glossary.entries()));
        Instant now = Instant.now();
        ArticleFilter filter = new ArticleFilter(
                null, null, null, null, null, ArticleSort.RELEVANCE, java.util.Set.of(ArticleStatus.values()));
        for (PageRequest page : List.of(new PageRequest(1, 20), new PageRequest(2, 20), new PageRequest(1, 100))) {
            assertEquals(
                    postgres.rankedOverAllMatches(query, filter, page, now),
                    postgres.walk(query, filter, page, now),
                    raw + ", " + page);
        }
    }
}
