package vn.bantin.view;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;

/** H2: the standard MERGE. */
@Singleton
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2ViewSql implements ViewSql {
    @Override
    public String addPending() {
        return "merge into article_view_pending p using (values (cast(? as bigint), cast(? as bigint)))"
                + " v (views, article_id) on p.article_id = v.article_id"
                + " when matched then update set views = p.views + v.views"
                + " when not matched then insert (article_id, views) values (v.article_id, v.views)";
    }

    @Override
    public String addToDay() {
        return "merge into article_view_day d using (values (cast(? as bigint), cast(? as date),"
                + " cast(? as bigint))) v (article_id, view_date, views)"
                + " on d.article_id = v.article_id and d.view_date = v.view_date"
                + " when matched then update set views = d.views + v.views"
                + " when not matched then insert (article_id, view_date, views)"
                + " values (v.article_id, v.view_date, v.views)";
    }
}
