package vn.bantin.view;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.Hanoi;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;

/**
 * Commits the views of many requests in one transaction and then answers each of them. Counts change only by
 * relative updates in SQL ({@code views = views + n}), so several API instances on one database stay exact.
 * Views go to the narrow article_view_pending rows (V6), which {@link #fold} moves into article.view_count now
 * and then; the per-request baseline adds to article.view_count directly, as a naive counter does. Plain JDBC:
 * this is the hottest write path and needs nothing of the ORM.
 */
@ApplicationScoped
class ViewBatchWriter implements ViewWriter {
    /** An article's exact count: the views folded into its row and those still pending. */
    private static final String EXACT_COUNT = "a.view_count + coalesce(p.views, 0)";

    private static final String WITH_PENDING =
            " from article a left join article_view_pending p on p.article_id = a.id";

    private final AgroalDataSource dataSource;
    private final ViewSql viewSql;
    private final RepeatFilter repeats;
    private final ViewMetrics metrics;
    private final Clock clock;
    private final boolean naive;
    /** Articles this instance has added pending views to since its last fold; only the writer thread uses it. */
    private final Set<Long> unfolded = new HashSet<>();

    ViewBatchWriter(AgroalDataSource dataSource, ViewSql viewSql, BantinConfig config, Clock clock) {
        this(dataSource, viewSql, config, ViewMetrics.none(), clock);
    }

    @Inject
    ViewBatchWriter(
            AgroalDataSource dataSource, ViewSql viewSql, BantinConfig config, ViewMetrics metrics, Clock clock) {
        this.dataSource = dataSource;
        this.viewSql = viewSql;
        this.metrics = metrics;
        this.clock = clock;
        this.naive = "per-request".equals(config.views().mode());
        this.repeats = new RepeatFilter(config.views());
    }

    /** Records the batch and completes every view's answer: a result, a 404, or the failure that stopped it. */
    @Override
    public void write(List<PendingView> batch) {
        Instant now = clock.instant();
        RepeatFilter.Batch checks = repeats.batch(now);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, ResolvedArticle> articles = resolve(connection, batch, now);
                Map<Long, Long> increments = new LinkedHashMap<>();
                boolean[] counted = new boolean[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    PendingView view = batch.get(i);
                    ResolvedArticle article = articles.get(view.slug());
                    counted[i] = article != null && counts(view, article, checks);
                    if (counted[i]) {
                        increments.merge(article.id(), 1L, Long::sum);
                    }
                }
                Map<Long, Long> countsAfter =
                        increments.isEmpty() ? Map.of() : add(connection, increments, Hanoi.dayOf(now));
                connection.commit();
                metrics.counted(
                        increments.values().stream().mapToLong(Long::longValue).sum());
                metrics.batchCommitted(batch.size());
                if (!naive) {
                    unfolded.addAll(increments.keySet());
                }
                ViewAnswers.answer(batch, articles, counted, increments, countsAfter);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            checks.undo();
            batch.forEach(view -> view.answer().completeExceptionally(e));
        }
    }

    /** Whether a view of a visible article counts, with the metric of why not. */
    private boolean counts(PendingView view, ResolvedArticle article, RepeatFilter.Batch checks) {
        if (view.crawler()) {
            metrics.crawler();
            return false;
        }
        switch (checks.check(view, article.id())) {
            case REPEAT -> metrics.repeat();
            case OVER_LIMIT -> metrics.overLimit();
            case COUNTED -> {
                return true;
            }
        }
        return false;
    }

    /** Slug → article of the batch's publicly visible articles. */
    private Map<String, ResolvedArticle> resolve(Connection connection, List<PendingView> batch, Instant now)
            throws SQLException {
        Set<String> slugs = batch.stream().map(PendingView::slug).collect(Collectors.toCollection(LinkedHashSet::new));
        Sql visible = ArticleConditions.visibleSql("a", now);
        String sql = "select a.id, a.slug, " + EXACT_COUNT + WITH_PENDING + " where a.slug in ("
                + String.join(",", Collections.nCopies(slugs.size(), "?")) + ") and " + visible.text();
        Map<String, ResolvedArticle> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int p = 1;
            for (String slug : slugs) {
                select.setString(p++, slug);
            }
            for (Object value : visible.params()) {
                select.setObject(p++, value);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(2), new ResolvedArticle(rows.getLong(1), rows.getLong(3)));
                }
            }
        }
        unknownSlugs(batch, found);
        return found;
    }

    private void unknownSlugs(List<PendingView> batch, Map<String, ResolvedArticle> found) {
        batch.stream().filter(view -> !found.containsKey(view.slug())).forEach(view -> metrics.unknown());
    }

    /** Adds the increments to the totals and to today's statistics; answers the totals after them. */
    private Map<Long, Long> add(Connection connection, Map<Long, Long> increments, LocalDate today)
            throws SQLException {
        // Updated in id order, so that two instances writing the same articles cannot deadlock.
        List<Long> ids = increments.keySet().stream().sorted().toList();
        try (PreparedStatement update = connection.prepareStatement(
                        naive ? "update article set view_count = view_count + ? where id = ?" : viewSql.addPending());
                PreparedStatement perDay = connection.prepareStatement(viewSql.addToDay())) {
            for (Long id : ids) {
                update.setLong(1, increments.get(id));
                update.setLong(2, id);
                update.addBatch();
                perDay.setLong(1, id);
                perDay.setDate(2, Date.valueOf(today));
                perDay.setLong(3, increments.get(id));
                perDay.addBatch();
            }
            update.executeBatch();
            perDay.executeBatch();
        }
        return totals(connection, ids);
    }

    private static Map<Long, Long> totals(Connection connection, Collection<Long> ids) throws SQLException {
        String sql = "select a.id, " + EXACT_COUNT + WITH_PENDING + " where a.id in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, Long> totals = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int p = 1;
            for (Long id : ids) {
                select.setLong(p++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return totals;
    }

    /**
     * Moves the pending views of the articles this instance has added to (or, with {@code everyArticle}, of all, as
     * after a crash or another instance's stop) into article.view_count ({@link PendingFold}). Called by the writer
     * thread between batches.
     */
    @Override
    public void fold(boolean everyArticle) {
        if (naive || (!everyArticle && unfolded.isEmpty())) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PendingFold.fold(
                        connection,
                        everyArticle ? null : unfolded.stream().sorted().toList());
                connection.commit();
                unfolded.clear();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // Nothing is lost: the views stay pending, counted exactly, and the next fold takes them.
            throw new IllegalStateException("Folding pending views failed", e);
        }
    }
}
