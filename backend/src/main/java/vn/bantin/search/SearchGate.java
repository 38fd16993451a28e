package vn.bantin.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.ProblemException;

/**
 * Bounds the searches running at once, so that search can never starve the reading of bulletins: the others
 * wait their turn for a while, in order, and are then answered 503 with Retry-After. Waiting happens before a
 * search takes a database connection.
 */
@ApplicationScoped
public class SearchGate {
    private final Semaphore running;
    private final long maxWaitNanos;
    /** bantin_search_seconds: how long admitted searches took; bantin_search_refused_total: 503s. */
    private final Timer latency;

    private final Counter refused;

    @jakarta.inject.Inject
    SearchGate(BantinConfig config, MeterRegistry registry) {
        this(config.search().maxConcurrent(), config.search().maxWait().toNanos(), registry);
    }

    SearchGate(int maxConcurrent, long maxWaitNanos) {
        this(maxConcurrent, maxWaitNanos, new SimpleMeterRegistry());
    }

    private SearchGate(int maxConcurrent, long maxWaitNanos, MeterRegistry registry) {
        this.running = new Semaphore(Math.max(1, maxConcurrent), true);
        this.maxWaitNanos = maxWaitNanos;
        this.latency = Timer.builder("bantin.search")
                .description("Searches, from admission to their answer")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        this.refused = Counter.builder("bantin.search.refused")
                .description("Searches answered 503: too many at once")
                .register(registry);
    }

    public <T> T run(Supplier<T> search) {
        boolean admitted;
        try {
            admitted = running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refused.increment();
            throw ProblemException.unavailable("Too many searches at once; try again in a moment", 1);
        }
        long started = System.nanoTime();
        try {
            return search.get();
        } finally {
            running.release();
            latency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
