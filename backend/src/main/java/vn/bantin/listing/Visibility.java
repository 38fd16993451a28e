package vn.bantin.listing;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contract's rule for what the public sees: status PUBLISHED or SCHEDULED, published at or before now, and not
 * expired. {@link ArticleConditions} renders it, with the list filters, to SQL and JPQL.
 */
public final class Visibility {
    public static final List<ArticleStatus> PUBLIC_STATUSES = List.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);

    private Visibility() {}

    /** SQL: the status column is one of {@code statuses} (enum names, so nothing to bind). */
    public static String statusIn(String column, Collection<ArticleStatus> statuses) {
        return column + " in ("
                + statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";
    }
}
