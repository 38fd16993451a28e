package vn.bantin.view;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves pending views (article_view_pending, V6) into article.view_count. The pending rows are locked first, then
 * both rows change by the same relative amount, so a view that another instance adds meanwhile waits and is
 * neither lost nor folded twice.
 */
final class PendingFold {
    private static final int CHUNK = 500;

    private PendingFold() {}

    /** Folds the given articles' pending views, or, with null, every article's (after a crash or a stop). */
    static void fold(Connection connection, List<Long> ids) throws SQLException {
        if (ids == null) {
            foldRows(
                    connection,
                    "select article_id, views from article_view_pending where views <> 0"
                            + " order by article_id for update",
                    List.of());
            return;
        }
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            foldRows(
                    connection,
                    "select article_id, views from article_view_pending where article_id in ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?"))
                            + ") and views <> 0 order by article_id for update",
                    chunk);
        }
    }

    private static void foldRows(Connection connection, String lockPending, List<Long> ids) throws SQLException {
        Map<Long, Long> pending = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(lockPending)) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        try (PreparedStatement article =
                        connection.prepareStatement("update article set view_count = view_count + ? where id = ?");
                PreparedStatement taken = connection.prepareStatement(
                        "update article_view_pending set views = views - ? where article_id = ?")) {
            for (Map.Entry<Long, Long> row : pending.entrySet()) {
                article.setLong(1, row.getValue());
                article.setLong(2, row.getKey());
                article.addBatch();
                taken.setLong(1, row.getValue());
                taken.setLong(2, row.getKey());
                taken.addBatch();
            }
            article.executeBatch();
            taken.executeBatch();
        }
    }
}
