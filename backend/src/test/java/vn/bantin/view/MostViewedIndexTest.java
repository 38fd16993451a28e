package vn.bantin.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.bantin.common.Sql;

/**
 * Most viewed is answered through indexes, never by reading every view: the database's own plan for the query
 * reaches the per-day rows through one of their indexes (the period index, or the primary key from a category's
 * articles) and scans no table whole. On PostgreSQL sequential scans are switched off for the check, since on a
 * test-sized table the planner rightly prefers them; what is checked is that indexes can serve the query.
 */
@QuarkusTest
class MostViewedIndexTest {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    MostViewedService service;

    @Test
    void periodQueriesReadViewsThroughAnIndex() throws SQLException {
        for (String category : new String[] {null, "tin-tuc-hoat-dong-cua-quan-uy"}) {
            String plan = explain(service.select(Period.DAY, category));
            assertTrue(
                    plan.contains("article_view_day_period_idx")
                            || plan.contains("article_view_day_pk")
                            || plan.contains("primary_key"),
                    plan);
            assertNoWholeTableScan(plan);
        }
    }

    @Test
    void allTimeQueryReadsNoViewsAndScansNoTable() throws SQLException {
        String plan = explain(service.select(Period.ALL, null));
        assertTrue(!plan.contains("article_view_day"), plan);
        assertNoWholeTableScan(plan);
    }

    private static void assertNoWholeTableScan(String plan) {
        assertTrue(!plan.contains("tablescan") && !plan.contains("seq scan"), plan);
    }

    private String explain(Sql sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                PreparedStatement explain = connection.prepareStatement("explain " + sql.text())) {
            boolean postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
            if (postgres) {
                statement.execute("set enable_seqscan = off");
            }
            StringBuilder plan = new StringBuilder();
            for (int i = 0; i < sql.params().size(); i++) {
                explain.setObject(i + 1, sql.params().get(i));
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            if (postgres) {
                statement.execute("reset enable_seqscan");
            }
            return plan.toString().toLowerCase(Locale.ROOT);
        }
    }
}
