package vn.bantin.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.ProblemException;

/**
 * At most BANTIN_AUTH_MAX_PER_MINUTE sign-in attempts from one client address per minute (60 by default: an office
 * behind one address never meets it), answered 429 with Retry-After beyond. {@link SignInGuard} locks a username
 * after failures; this stops one address from trying many usernames. Memory is bounded: the windows of at most
 * 100,000 addresses are kept, each for its minute. Counted per instance.
 */
@ApplicationScoped
class SignInRate {
    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

    private record Window(long startMillis, AtomicInteger attempts) {}

    private final int max;
    private final Clock clock;
    private final Cache<String, Window> windows = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    SignInRate(BantinConfig config, Clock clock) {
        this.max = config.auth().maxPerMinute();
        this.clock = clock;
    }

    /** Counts an attempt from the address, or refuses it with 429 when its minute is used up. */
    void check(String address) {
        if (max <= 0 || address == null) {
            return;
        }
        long now = clock.millis();
        Window window = windows.asMap()
                .compute(
                        address,
                        (key, current) -> current == null || now - current.startMillis() >= WINDOW_MILLIS
                                ? new Window(now, new AtomicInteger())
                                : current);
        if (window.attempts().incrementAndGet() > max) {
            long waitMillis = window.startMillis() + WINDOW_MILLIS - now;
            throw ProblemException.tooManyRequests(
                    "Too many sign-ins from this address: wait a minute", (int) Math.max(1, (waitMillis + 999) / 1000));
        }
    }
}
