package vn.bantin.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's clock in the tests: the real time, moved on by what a test asked for. A test that moves it puts it
 * back when it ends ({@link #reset()}), as the other tests share the app.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {
    private final Clock real = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Bantin's clock is UTC; Hanoi time is computed from its instants");
    }
}
