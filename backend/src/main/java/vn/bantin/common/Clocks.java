package vn.bantin.common;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * The one clock Bantin reads the time from, so that a test can replace it (a bean with higher priority) and move
 * the time instead of sleeping. Beans take it by injection; entity callbacks, which Hibernate creates outside CDI,
 * through {@link #now()}. Elapsed times (freshness, fold intervals) stay on {@link System#nanoTime()}, which a
 * step of the wall clock cannot move.
 */
@Singleton
public class Clocks {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The injected clock's instant, for code that CDI does not create. */
    public static Instant now() {
        return Arc.container().instance(Clock.class).get().instant();
    }
}
