package vn.bantin.common;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A fragment of a query with its parameters in order, written with plain "?" placeholders: bound as they are to
 * native SQL, numbered ("?1", "?2", …) for JPQL by {@link #jpql()}.
 */
public final class Sql {
    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();

    public Sql(String text, Object... values) {
        this.text = new StringBuilder(text);
        params.addAll(List.of(values));
    }

    public Sql and(String condition, Object... values) {
        return and(new Sql(condition, values));
    }

    public Sql and(Sql condition) {
        text.append(" and ").append(condition.text);
        params.addAll(condition.params);
        return this;
    }

    /** Appends text with its parameters as they are, no connective. */
    public Sql append(String more, Object... values) {
        text.append(more);
        params.addAll(List.of(values));
        return this;
    }

    public Sql append(Sql more) {
        text.append(more.text);
        params.addAll(more.params);
        return this;
    }

    /**
     * This fragment put in the place of the {@code %s} of {@code format}, with {@code after} the parameters of the
     * placeholders that follow it there.
     */
    public Sql inside(String format, Object... after) {
        Sql whole = new Sql(format.formatted(text));
        whole.params.addAll(params);
        whole.params.addAll(List.of(after));
        return whole;
    }

    public Sql copy() {
        Sql copy = new Sql(text.toString());
        copy.params.addAll(params);
        return copy;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** The text with numbered placeholders, as JPQL wants them. */
    public String jpql() {
        StringBuilder numbered = new StringBuilder(text.length() + 8);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        return numbered.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
