package vn.bantin.view;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;

/**
 * PostgreSQL: {@code insert … on conflict do update}, which two instances adding to a new row at once cannot
 * break (PostgreSQL 15's MERGE could fail the second one with a duplicate key).
 */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresViewSql implements ViewSql {
    @Override
    public String addPending() {
        return "insert into article_view_pending (views, article_id) values (?, ?) on conflict (article_id)"
                + " do update set views = article_view_pending.views + excluded.views";
    }

    @Override
    public String addToDay() {
        return "insert into article_view_day (article_id, view_date, views) values (?, ?, ?)"
                + " on conflict (article_id, view_date) do update set views = article_view_day.views + excluded.views";
    }
}
