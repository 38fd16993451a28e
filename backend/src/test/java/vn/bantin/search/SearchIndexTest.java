package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Search does not read every article: on PostgreSQL the GIN index over article_search's terms answers the query
 * the app sends (checked in the plan, with sequential scans switched off since a test-sized table is rightly
 * scanned); on H2 the full-text index over search_all exists and names the candidates.
 */
@QuarkusTest
class SearchIndexTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSearchTextIsIndexed() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                statement.execute("set enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                String query = PostgresSearch.matching(SearchQuery.parse(
                                "QCDC ở cơ sở", List.of(new GlossaryEntry("QCDC", "Quy chế dân chủ"))))
                        .toString();
                try (ResultSet rows = statement.executeQuery("explain select s.article_id from article_search s"
                        + " where s.terms @@ cast('" + query.replace("'", "''") + "' as tsquery)")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("reset enable_seqscan");
                assertTrue(plan.toString().contains("article_search_terms_idx"), plan.toString());
            } else {
                try (ResultSet rows =
                        statement.executeQuery("select count(*) from ft_search_data('quy che dan chu', 0, 0)")) {
                    rows.next();
                    assertTrue(rows.getLong(1) > 0, "the full-text index finds the demo and seed bulletins");
                }
                try (ResultSet rows = statement.executeQuery(
                        "select count(*) from ft.indexes where \"TABLE\" = 'ARTICLE' and columns = 'SEARCH_ALL'")) {
                    rows.next();
                    assertTrue(rows.getLong(1) == 1, "search_all has H2's full-text index");
                }
            }
        }
    }
}
