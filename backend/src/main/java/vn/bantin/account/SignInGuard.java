package vn.bantin.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.ProblemException;

/**
 * Stops password guessing: after {@code maxFailures} failed sign-ins for one username within the lockout
 * window, that username is refused with 429 until the window ends. Attempts still being checked count as
 * failures until they are known, so that many guesses sent at once cannot all slip through before the first
 * failure is recorded. A success forgets the failures. Usernames are remembered whether they exist or not, so
 * the lock does not tell which do; memory is bounded (the least recently tried are forgotten first).
 */
@ApplicationScoped
class SignInGuard {
    private static final int REMEMBERED_USERNAMES = 100_000;

    private static final class Attempts {
        int failures;
        int checking;
        long windowStartMillis;
    }

    /** A reserved attempt: exactly one of its methods is called when the password has been checked. */
    interface Attempt {
        void succeeded();

        void failed();
    }

    private final Clock clock;
    private final int maxFailures;
    private final long windowMillis;
    private final Cache<String, Attempts> byUsername;

    SignInGuard(Clock clock, BantinConfig config) {
        this.clock = clock;
        this.maxFailures = config.auth().maxFailures();
        Duration window = config.auth().lockout();
        this.windowMillis = window.toMillis();
        this.byUsername = Caffeine.newBuilder()
                .maximumSize(REMEMBERED_USERNAMES)
                .expireAfterAccess(window)
                .build();
    }

    /** Reserves an attempt for the username, or throws 429 with Retry-After when it is locked. */
    Attempt begin(String username) {
        Attempts attempts = byUsername.get(username, u -> new Attempts());
        synchronized (attempts) {
            long now = clock.millis();
            if (attempts.failures > 0 && now - attempts.windowStartMillis >= windowMillis) {
                attempts.failures = 0;
            }
            if (attempts.failures + attempts.checking >= maxFailures) {
                long waitMillis = attempts.failures >= maxFailures
                        ? attempts.windowStartMillis + windowMillis - now
                        : 1000; // only attempts in flight: their outcome is known within a second
                throw ProblemException.tooManyRequests(
                        "Too many failed sign-ins for this username; try again later",
                        (int) Math.max(1, (waitMillis + 999) / 1000));
            }
            attempts.checking++;
        }
        return new Attempt() {
            @Override
            public void succeeded() {
                synchronized (attempts) {
                    attempts.checking--;
                    attempts.failures = 0;
                }
            }

            @Override
            public void failed() {
                synchronized (attempts) {
                    attempts.checking--;
                    if (attempts.failures == 0) {
                        attempts.windowStartMillis = clock.millis();
                    }
                    attempts.failures++;
                }
            }
        };
    }
}
