package vn.bantin.search;

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

    @jakarta.inject.Inject
    SearchGate(BantinConfig config) {
        this(config.search().maxConcurrent(), config.search().maxWait().toNanos());
    }

    SearchGate(int maxConcurrent, long maxWaitNanos) {
        this.running = new Semaphore(Math.max(1, maxConcurrent), true);
        this.maxWaitNanos = maxWaitNanos;
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
            throw ProblemException.unavailable("Too many searches at once; try again in a moment", 1);
        }
        try {
            return search.get();
        } finally {
            running.release();
        }
    }
}
