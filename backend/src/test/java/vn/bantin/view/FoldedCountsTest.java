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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;
import vn.bantin.author.Author;
import vn.bantin.category.Category;

/**
 * Views are committed to narrow pending rows and folded into article.view_count by the writer about once a
 * second (V6): answers stay exact throughout, the count lists sort by catches up, and an editor's save of the
 * article never writes an old count over the views counted meanwhile.
 */
@QuarkusTest
class FoldedCountsTest {
    @Inject
    TestData data;

    @Inject
    AgroalDataSource dataSource;

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
        given().when().get("/api/v1/articles?sort=most-viewed&category=" + category.slug)
                .then().statusCode(200).body("items.slug", contains(often.slug, seldom.slug))
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
                return new long[]{row.getLong(1), row.getLong(2)};
            }
        }
    }
}
