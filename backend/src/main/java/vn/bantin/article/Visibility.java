package vn.bantin.article;

/**
 * The contract's rule for what the public sees, in one place: status PUBLISHED or SCHEDULED, published at or
 * before now, and not expired. Every public query, in JPQL or SQL, takes its condition from here.
 */
public final class Visibility {
    /** For JPQL over {@code Article a}, with parameters {@code :public} (the statuses below) and {@code :now}. */
    public static final String JPQL = "a.status in :public and a.publishedAt <= :now"
            + " and (a.expiresAt is null or a.expiresAt > :now)";

    public static final java.util.List<ArticleStatus> PUBLIC_STATUSES =
            java.util.List.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);

    private Visibility() {
    }

    /**
     * For SQL over the article table under {@code alias}; {@code now} is the placeholder of the current instant
     * (":now", or "?", which then needs binding twice).
     */
    public static String sql(String alias, String now) {
        return statusIn(alias, PUBLIC_STATUSES) + " and " + alias + ".published_at <= " + now
                + " and (" + alias + ".expires_at is null or " + alias + ".expires_at > " + now + ")";
    }

    /** SQL: the article under {@code alias} has one of the statuses (enum names, so nothing to bind). */
    public static String statusIn(String alias, java.util.Collection<ArticleStatus> statuses) {
        return alias + ".status in (" + statuses.stream().map(s -> "'" + s.name() + "'").sorted()
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }
}
