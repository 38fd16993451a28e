package vn.bantin.view;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.bantin.common.Sql;
import vn.bantin.listing.ArticleConditions;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.Hanoi;
import vn.bantin.common.ProblemException;

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
    private static final String WITH_PENDING = " from article a left join article_view_pending p on p.article_id = a.id";
    private static final int FOLD_CHUNK = 500;

    private final AgroalDataSource dataSource;
    private final RecentVisitors recentVisitors;
    private final AddressLimit addressLimit;
    private final ViewMetrics metrics;
    private final Clock clock;
    private final boolean naive;
    /** Articles this instance has added pending views to since its last fold; only the writer thread uses it. */
    private final Set<Long> unfolded = new HashSet<>();
    private volatile String dayUpsert;
    private volatile String pendingUpsert;

    ViewBatchWriter(AgroalDataSource dataSource, BantinConfig config, Clock clock) {
        this(dataSource, config, ViewMetrics.none(), clock);
    }

    @Inject
    ViewBatchWriter(AgroalDataSource dataSource, BantinConfig config, ViewMetrics metrics, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.metrics = metrics;
        this.naive = "per-request".equals(config.views().mode());
        this.recentVisitors = new RecentVisitors(config.views().repeatMemory(),
                config.views().repeatWindowMinutes() * 60_000L);
        this.addressLimit = new AddressLimit(config.views().maxPerAddress(), config.views().addressMemory(),
                config.views().repeatWindowMinutes() * 60_000L);
    }

    /** Records the batch and completes every view's answer: a result, a 404, or the failure that stopped it. */
    @Override
    public void write(List<PendingView> batch) {
        Instant now = clock.instant();
        List<UUID> rememberedVisitors = new ArrayList<>();
        List<Long> rememberedArticles = new ArrayList<>();
        List<PendingView> addressCounted = new ArrayList<>();
        List<Long> addressCountedArticles = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, long[]> articles = resolve(connection, batch, now);
                Map<Long, Long> increments = new LinkedHashMap<>();
                boolean[] counted = new boolean[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    PendingView view = batch.get(i);
                    long[] article = articles.get(view.slug());
                    if (article == null) {
                        metrics.unknown();
                        continue;
                    }
                    if (view.crawler()) {
                        metrics.crawler();
                        continue;
                    }
                    if (view.visitor() != null) {
                        if (!firstView(view.visitor(), article[0], now)) {
                            metrics.repeat();
                            continue;
                        }
                        rememberedVisitors.add(view.visitor());
                        rememberedArticles.add(article[0]);
                    }
                    if (!withinAddressLimit(view.address(), article[0], now)) {
                        metrics.overLimit();
                        continue;
                    }
                    addressCounted.add(view);
                    addressCountedArticles.add(article[0]);
                    counted[i] = true;
                    increments.merge(article[0], 1L, Long::sum);
                }
                Map<Long, Long> countsAfter = increments.isEmpty() ? Map.of()
                        : add(connection, increments, Hanoi.dayOf(now));
                connection.commit();
                metrics.counted(increments.values().stream().mapToLong(Long::longValue).sum());
                metrics.batchCommitted(batch.size());
                if (!naive) {
                    unfolded.addAll(increments.keySet());
                }
                answer(batch, articles, counted, increments, countsAfter);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            synchronized (recentVisitors) {
                for (int i = 0; i < rememberedVisitors.size(); i++) {
                    recentVisitors.forget(rememberedVisitors.get(i), rememberedArticles.get(i));
                }
                for (int i = 0; i < addressCounted.size(); i++) {
                    addressLimit.forget(addressCounted.get(i).address(), addressCountedArticles.get(i));
                }
            }
            batch.forEach(view -> view.answer().completeExceptionally(e));
        }
    }

    private boolean withinAddressLimit(String address, long articleId, Instant now) {
        synchronized (recentVisitors) {
            return addressLimit.allows(address, articleId, now.toEpochMilli());
        }
    }

    // Uncontended under group commit (one writer thread); the per-request baseline writes from many threads.
    private boolean firstView(UUID visitor, long articleId, Instant now) {
        synchronized (recentVisitors) {
            return recentVisitors.firstView(visitor, articleId, now.toEpochMilli());
        }
    }

    /** Slug → {id, viewCount} of the batch's publicly visible articles. */
    private Map<String, long[]> resolve(Connection connection, List<PendingView> batch, Instant now)
            throws SQLException {
        Set<String> slugs = batch.stream().map(PendingView::slug).collect(Collectors.toCollection(LinkedHashSet::new));
        Sql visible = ArticleConditions.visibleSql("a", now);
        String sql = "select a.id, a.slug, " + EXACT_COUNT + WITH_PENDING + " where a.slug in ("
                + String.join(",", java.util.Collections.nCopies(slugs.size(), "?")) + ") and " + visible.text();
        Map<String, long[]> found = new HashMap<>();
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
                    found.put(rows.getString(2), new long[]{rows.getLong(1), rows.getLong(3)});
                }
            }
        }
        return found;
    }

    /** Adds the increments to the totals and to today's statistics; answers the totals after them. */
    private Map<Long, Long> add(Connection connection, Map<Long, Long> increments, LocalDate today)
            throws SQLException {
        // Updated in id order, so that two instances writing the same articles cannot deadlock.
        List<Long> ids = increments.keySet().stream().sorted().toList();
        try (PreparedStatement update = connection.prepareStatement(naive
                ? "update article set view_count = view_count + ? where id = ?" : pendingUpsert(connection));
             PreparedStatement perDay = connection.prepareStatement(dayUpsert(connection))) {
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
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
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
     * Each counted view answers the total as it stood just after it: the k-th of n views of an article in this
     * batch answers {@code total - n + k}, so every answer is exact and no two are equal.
     */
    private static void answer(List<PendingView> batch, Map<String, long[]> articles, boolean[] counted,
                               Map<Long, Long> increments, Map<Long, Long> countsAfter) {
        Map<Long, Long> handedOut = new HashMap<>();
        List<Runnable> answers = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            PendingView view = batch.get(i);
            long[] article = articles.get(view.slug());
            if (article == null) {
                ProblemException missing =
                        ProblemException.notFound("No published article has the slug '" + view.slug() + "'");
                answers.add(() -> view.answer().completeExceptionally(missing));
                continue;
            }
            long id = article[0];
            Long after = countsAfter.get(id);
            ViewResult result;
            if (counted[i]) {
                long k = handedOut.merge(id, 1L, Long::sum);
                result = new ViewResult(view.slug(), after - increments.get(id) + k, true);
            } else {
                result = new ViewResult(view.slug(), after != null ? after : article[1], false);
            }
            answers.add(() -> view.answer().complete(result));
        }
        completeOnTheirEventLoops(batch, answers);
    }

    /**
     * Completes the answers with one task per event loop rather than one wake-up per request: each answer then
     * continues on the loop its request came in on, without a further hand-off.
     */
    private static void completeOnTheirEventLoops(List<PendingView> batch, List<Runnable> answers) {
        // Every request has a context of its own; what they share is the event loop underneath.
        Map<Object, List<Runnable>> byLoop = new LinkedHashMap<>();
        Map<Object, Context> firstContext = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Context context = batch.get(i).context();
            if (context == null) {
                answers.get(i).run();
            } else {
                Object loop = ((ContextInternal) context).nettyEventLoop();
                firstContext.putIfAbsent(loop, context);
                byLoop.computeIfAbsent(loop, l -> new ArrayList<>()).add(answers.get(i));
            }
        }
        byLoop.forEach((loop, tasks) -> firstContext.get(loop).runOnContext(ignored -> tasks.forEach(Runnable::run)));
    }

    /**
     * Moves the pending views of the articles this instance has added to (or, with {@code everyArticle}, of all, as
     * after a crash or another instance's stop) into article.view_count. The pending rows are locked first, then
     * both rows change by the same relative amount, so a view that another instance adds meanwhile waits and is
     * neither lost nor folded twice. Called by the writer thread between batches.
     */
    @Override
    public void fold(boolean everyArticle) {
        if (naive || (!everyArticle && unfolded.isEmpty())) {
            return;
        }
        List<Long> ids = everyArticle ? null : unfolded.stream().sorted().toList();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (ids == null) {
                    foldRows(connection, "select article_id, views from article_view_pending where views <> 0"
                            + " order by article_id for update", List.of());
                } else {
                    for (int from = 0; from < ids.size(); from += FOLD_CHUNK) {
                        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + FOLD_CHUNK));
                        foldRows(connection, "select article_id, views from article_view_pending where article_id in ("
                                + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                                + ") and views <> 0 order by article_id for update", chunk);
                    }
                }
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
        try (PreparedStatement article = connection.prepareStatement(
                "update article set view_count = view_count + ? where id = ?");
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

    /** Adds to an article's pending views, creating its row if needed. */
    private String pendingUpsert(Connection connection) throws SQLException {
        if (pendingUpsert == null) {
            pendingUpsert = postgres(connection)
                    ? "insert into article_view_pending (views, article_id) values (?, ?) on conflict (article_id)"
                            + " do update set views = article_view_pending.views + excluded.views"
                    : "merge into article_view_pending p using (values (cast(? as bigint), cast(? as bigint)))"
                            + " v (views, article_id) on p.article_id = v.article_id"
                            + " when matched then update set views = p.views + v.views"
                            + " when not matched then insert (article_id, views) values (v.article_id, v.views)";
        }
        return pendingUpsert;
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Adds to the row of an article and day, creating it if needed. */
    private String dayUpsert(Connection connection) throws SQLException {
        if (dayUpsert == null) {
            dayUpsert = postgres(connection)
                    ? "insert into article_view_day (article_id, view_date, views) values (?, ?, ?)"
                            + " on conflict (article_id, view_date) do update set views = article_view_day.views"
                            + " + excluded.views"
                    : "merge into article_view_day d using (values (cast(? as bigint), cast(? as date),"
                            + " cast(? as bigint))) v (article_id, view_date, views)"
                            + " on d.article_id = v.article_id and d.view_date = v.view_date"
                            + " when matched then update set views = d.views + v.views"
                            + " when not matched then insert (article_id, view_date, views)"
                            + " values (v.article_id, v.view_date, v.views)";
        }
        return dayUpsert;
    }
}
