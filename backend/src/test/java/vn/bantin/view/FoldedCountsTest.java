package vn.bantin.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;
import vn.bantin.common.BantinConfig;

/**
 * Views are committed to narrow pending rows and folded into article.view_count by the writer about once a
 * second (V6): answers stay exact throughout, the count lists sort by catches up, an editor's save of the
 * article never writes an old count over the views counted meanwhile, and writers and folds of several instances
 * at once neither lose a view nor fold one twice.
 */
@QuarkusTest
class FoldedCountsTest {
    @Inject
    TestData data;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BantinConfig config;

    @Inject
    java.time.Clock clock;

    @Inject
    ViewSql viewSql;

    Category category;
    Article often;
    Article seldom;

    @BeforeEach
    void world() {
        category = data.category("Gộp lượt xem");
        Author author = data.author("Người gộp");
        seldom = data.article("Bài ít người đọc", category, author, Duration.ofDays(1), List.of());
        often = data.article("Bài nhiều người đọc", category, author, Duration.ofDays(2), List.of());
        data.setViews(seldom, 2);
    }

    @Test
    void pendingViewsAreFoldedIntoTheCountListsSortBy() throws Exception {
        for (int i = 0; i < 3; i++) {
            ViewsTest.view(often.slug, null).then().statusCode(200);
        }
        long[] stored = stored(often);
        assertEquals(3, stored[0] + stored[1], "folded + pending is every committed view");
        assertEquals(3, ViewsTest.count(often.slug), "answers are exact before the fold");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stored(often)[1] != 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(3, stored(often)[0], "folded into the article's count");
        assertEquals(0, stored(often)[1], "nothing left pending");
        given().when()
                .get("/api/v1/articles?sort=most-viewed&category=" + category.slug)
                .then()
                .statusCode(200)
                .body("items.slug", contains(often.slug, seldom.slug))
                .body("items.viewCount", contains(3, 2));
    }

    @Test
    void anEditorsSaveKeepsTheViewsCountedMeanwhile() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            Article loaded = Article.findById(often.id);
            ViewsTest.view(often.slug, null).then().statusCode(200);
            ViewsTest.view(often.slug, null).then().statusCode(200);
            awaitFolded(often, 2);
            loaded.title = "Bài nhiều người đọc (sửa)";
        });
        assertEquals(2, stored(often)[0], "the save left the folded count alone");
        assertEquals(2, ViewsTest.count(often.slug));
    }

    @Test
    void twoInstancesWritingAndFoldingAtOnceLoseNothingAndFoldNothingTwice() throws Exception {
        // Two writers on one database, as two API instances would have, each folding now and then while the
        // other writes, and a third party folding every article as a restarted instance does.
        ViewBatchWriter first = new ViewBatchWriter(dataSource, viewSql, config, clock);
        ViewBatchWriter second = new ViewBatchWriter(dataSource, viewSql, config, clock);
        AtomicLong acknowledged = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (ViewBatchWriter writer : List.of(first, second)) {
                work.add(pool.submit(() -> {
                    for (int batch = 0; batch < 40; batch++) {
                        acknowledged.addAndGet(writeBatch(writer, 5));
                        if (batch % 7 == 0) {
                            foldTolerantly(writer, false);
                        }
                    }
                    return null;
                }));
            }
            Future<?> restarted = pool.submit(() -> {
                while (writing.get()) {
                    foldTolerantly(new ViewBatchWriter(dataSource, viewSql, config, clock), true);
                    Thread.sleep(5);
                }
                return null;
            });
            for (Future<?> writer : work) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            restarted.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        first.fold(false);
        second.fold(false);
        long[] stored = stored(often);
        assertEquals(acknowledged.get(), stored[0], "every acknowledged view folded in once");
        assertEquals(0, stored[1], "nothing left pending");
        assertTrue(acknowledged.get() > 0, "views were acknowledged");
    }

    /** Writes a batch of anonymous views of {@code often}; how many were acknowledged as counted. */
    private long writeBatch(ViewBatchWriter writer, int views) {
        List<PendingView> batch = new ArrayList<>();
        for (int i = 0; i < views; i++) {
            batch.add(PendingView.of(often.slug, null, null, false));
        }
        writer.write(batch);
        return batch.stream()
                .filter(v -> !v.answer().isCompletedExceptionally()
                        && v.answer().join().counted())
                .count();
    }

    private static void foldTolerantly(ViewBatchWriter writer, boolean everyArticle) {
        try {
            writer.fold(everyArticle);
        } catch (IllegalStateException e) {
            // A lock wait that timed out: the views stay pending, and a later fold takes them.
        }
    }

    private void awaitFolded(Article article, long views) {
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (stored(article)[0] != views && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(stored(article)[0] == views, "folded within the interval");
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {folded count, pending views} as committed. */
    private long[] stored(Article article) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select a.view_count, coalesce(p.views, 0)"
                        + " from article a left join article_view_pending p on p.article_id = a.id where a.id = ?")) {
            select.setLong(1, article.id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }
}
