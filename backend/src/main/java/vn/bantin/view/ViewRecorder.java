package vn.bantin.view;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.ProblemException;

/**
 * Group commit for views: requests hand their view to a bounded queue; one writer thread takes everything that
 * has queued up, commits it in one transaction and then completes every request of the batch. Under load the
 * batches grow by themselves, so throughput rises with concurrency instead of the database stalling. A full
 * queue is answered 503 with Retry-After rather than growing memory; on shutdown (SIGTERM) the writer drains the
 * queue before the database closes.
 */
@ApplicationScoped
public class ViewRecorder {
    private static final Logger LOG = Logger.getLogger(ViewRecorder.class);

    private final ViewWriter writer;
    private final boolean perRequest;
    private final int maxBatch;
    private final long lingerNanos;
    private final long foldIntervalNanos;
    private final BlockingQueue<PendingView> queue;
    private final ViewMetrics metrics;
    private volatile boolean accepting = true;
    private Thread writerThread;
    private ExecutorService perRequestPool;

    @Inject
    ViewRecorder(ViewBatchWriter writer, BantinConfig config, ViewMetrics metrics) {
        this(
                writer,
                "per-request".equals(config.views().mode()),
                config.views().maxBatch(),
                config.views().queueCapacity(),
                config.views().lingerMicros(),
                config.views().foldInterval(),
                metrics);
    }

    ViewRecorder(
            ViewWriter writer,
            boolean perRequest,
            int maxBatch,
            int queueCapacity,
            int lingerMicros,
            Duration foldInterval) {
        this(writer, perRequest, maxBatch, queueCapacity, lingerMicros, foldInterval, ViewMetrics.none());
    }

    private ViewRecorder(
            ViewWriter writer,
            boolean perRequest,
            int maxBatch,
            int queueCapacity,
            int lingerMicros,
            Duration foldInterval,
            ViewMetrics metrics) {
        this.writer = writer;
        this.metrics = metrics;
        this.perRequest = perRequest;
        this.maxBatch = maxBatch;
        this.lingerNanos = lingerMicros * 1000L;
        this.foldIntervalNanos = foldInterval.toNanos();
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        metrics.watchQueue(queue);
    }

    void start(@Observes StartupEvent event) {
        if (perRequest) {
            LOG.warn("Views are committed one transaction per request: the benchmark baseline, not for production");
            perRequestPool = Executors.newFixedThreadPool(64);
            return;
        }
        writerThread = new Thread(this::writeLoop, "view-writer");
        writerThread.start();
    }

    /** Records one view from a client address (null if unknown); the answer completes once it is durable. */
    public CompletionStage<ViewResult> record(String slug, UUID visitor, String userAgent, String address) {
        PendingView view = PendingView.of(slug, visitor, address, Crawlers.isCrawler(userAgent));
        if (!accepting) {
            throw busy("The server is shutting down");
        }
        if (perRequest) {
            perRequestPool.execute(() -> writer.write(List.of(view)));
        } else if (!queue.offer(view)) {
            metrics.refused();
            throw busy("Too many views are waiting to be recorded");
        }
        return view.answer();
    }

    private void writeLoop() {
        List<PendingView> batch = new ArrayList<>(maxBatch);
        fold(true); // views left pending by a crash or by another instance
        long nextFold = System.nanoTime() + foldIntervalNanos;
        while (accepting || !queue.isEmpty()) {
            if (System.nanoTime() - nextFold >= 0) {
                fold(false);
                nextFold = System.nanoTime() + foldIntervalNanos;
            }
            try {
                PendingView first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                if (lingerNanos > 0 && batch.size() < maxBatch) {
                    // Like PostgreSQL's commit_delay: a moment's wait lets more views join this commit.
                    LockSupport.parkNanos(lingerNanos);
                    queue.drainTo(batch, maxBatch - batch.size());
                }
                writer.write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // The writer must outlive a failed batch: without it every later view would wait forever.
                LOG.error("Recording views failed", e);
                batch.forEach(v -> v.answer().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        fold(false);
    }

    private void fold(boolean everyArticle) {
        try {
            writer.fold(everyArticle);
        } catch (RuntimeException e) {
            // Exact counts include pending views, so a failed fold only leaves the sort order behind for a while.
            LOG.warn("Folding pending views failed; the next fold retries", e);
        }
    }

    /** Before the datasource closes: stop taking views, commit what was accepted, answer it. */
    void drain(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        accepting = false;
        if (writerThread != null) {
            writerThread.join(30_000);
            LOG.infof("View writer drained; %d views left unwritten", queue.size());
        }
        if (perRequestPool != null) {
            perRequestPool.shutdown();
            perRequestPool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** What a failed recording answers: its own problem, or a 503 for a database that failed the batch. */
    static ProblemException problemOf(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ProblemException problem
                ? problem
                : ProblemException.unavailable("Views cannot be recorded right now", 5);
    }

    private static ProblemException busy(String detail) {
        return ProblemException.unavailable(detail, 1);
    }
}
