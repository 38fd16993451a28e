package vn.bantin.search;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** A fragment of SQL with its positional parameters. */
final class Sql {
    String text;
    final List<Object> params = new ArrayList<>();

    Sql(String text, Object... values) {
        this.text = text;
        params.addAll(List.of(values));
    }

    void and(String condition, Object... values) {
        text += " and " + condition;
        params.addAll(List.of(values));
    }

    void and(Sql condition) {
        text += " and " + condition.text;
        params.addAll(condition.params);
    }

    Sql copy() {
        Sql copy = new Sql(text);
        copy.params.addAll(params);
        return copy;
    }

    Query bind(Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
