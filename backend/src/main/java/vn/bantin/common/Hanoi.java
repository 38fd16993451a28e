package vn.bantin.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The committee's clock: instants go out with the Hanoi offset, calendar dates are Hanoi days. */
public final class Hanoi {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Hanoi() {}

    public static OffsetDateTime toOffset(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime();
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate today(java.time.Clock clock) {
        return dayOf(clock.instant());
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
