package vn.bantin.view;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.bantin.article.Visibility;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.Hanoi;
import vn.bantin.common.ProblemException;

/**
 * Commits the views of many requests in one transaction and then answers each of them. Counts change only by
 * {@code view_count = view_count + n} in SQL, so several API instances on one database stay exact. Plain JDBC:
 * this is the hottest write path and needs nothing of the ORM.
 */
@ApplicationScoped
class ViewBatchWriter {
    private static final String VISIBLE = Visibility.sql("article", "?");

    private final AgroalDataSource dataSource;
    private final RecentVisitors recentVisitors;
    private final Clock clock = Clock.systemUTC();
    private volatile String dayUpsert;

    ViewBatchWriter(AgroalDataSource dataSource, BantinConfig config) {
        this.dataSource = dataSource;
        this.recentVisitors = new RecentVisitors(config.views().repeatMemory(),
                config.views().repeatWindowMinutes() * 60_000L);
    }

    /** Records the batch and completes every view's answer: a result, a 404, or the failure that stopped it. */
    void write(List<PendingView> batch) {
        Instant now = clock.instant();
        List<UUID> rememberedVisitors = new ArrayList<>();
        List<Long> rememberedArticles = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, long[]> articles = resolve(connection, batch, now);
                Map<Long, Long> increments = new LinkedHashMap<>();
                boolean[] counted = new boolean[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    PendingView view = batch.get(i);
                    long[] article = articles.get(view.slug());
                    if (article == null || view.crawler()) {
                        continue;
                    }
                    if (view.visitor() != null) {
                        if (!firstView(view.visitor(), article[0], now)) {
                            continue;
                        }
                        rememberedVisitors.add(view.visitor());
                        rememberedArticles.add(article[0]);
                    }
                    counted[i] = true;
                    increments.merge(article[0], 1L, Long::sum);
                }
                Map<Long, Long> countsAfter = increments.isEmpty() ? Map.of()
                        : add(connection, increments, Hanoi.today());
                connection.commit();
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
            }
            batch.forEach(view -> view.answer().completeExceptionally(e));
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
        String sql = "select id, slug, view_count from article where slug in ("
                + String.join(",", java.util.Collections.nCopies(slugs.size(), "?")) + ") and " + VISIBLE;
        Map<String, long[]> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int p = 1;
            for (String slug : slugs) {
                select.setString(p++, slug);
            }
            Timestamp at = Timestamp.from(now);
            select.setTimestamp(p++, at);
            select.setTimestamp(p, at);
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
        try (PreparedStatement update = connection.prepareStatement(
                "update article set view_count = view_count + ? where id = ?");
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
        String sql = "select id, view_count from article where id in ("
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

    /** Adds to the row of an article and day, creating it if needed; the one statement the databases differ in. */
    private String dayUpsert(Connection connection) throws SQLException {
        if (dayUpsert == null) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            dayUpsert = postgres
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
