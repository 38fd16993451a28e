package vn.bantin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bounded memories that never forget within their window, however many newcomers arrive. */
class RepeatMemoryTest {
    private static final long WINDOW = 30 * 60_000L;

    @Test
    void aFloodOfNewVisitorsDoesNotMakeAReadersRepeatCount() {
        RecentVisitors visitors = new RecentVisitors(1000, WINDOW);
        UUID reader = UUID.randomUUID();
        assertTrue(visitors.firstView(reader, 1, 0));
        for (int i = 0; i < 240_000; i++) {
            visitors.firstView(UUID.randomUUID(), 1, 1000 + i / 100);
        }
        assertFalse(visitors.firstView(reader, 1, 10 * 60_000L), "forgotten within the window");
        assertEquals(1000, visitors.size(), "memory stays bounded");
        assertTrue(visitors.firstView(reader, 1, WINDOW + 1), "after the window it counts again");
    }

    @Test
    void theAddressLimitCountsPerArticleAndWindowWithBoundedMemory() {
        AddressLimit limit = new AddressLimit(2, 100, WINDOW);
        assertTrue(limit.allows("203.0.113.7", 1, 0));
        assertTrue(limit.allows("203.0.113.7", 1, 1));
        assertFalse(limit.allows("203.0.113.7", 1, 2));
        assertTrue(limit.allows("203.0.113.7", 2, 3), "another article");
        assertTrue(limit.allows("198.51.100.1", 1, 4), "another address");
        for (int i = 0; i < 10_000; i++) {
            limit.allows("10.0." + (i / 250) + "." + (i % 250), 1, 5);
        }
        assertFalse(limit.allows("203.0.113.7", 1, 10 * 60_000L), "remembered through the flood");
        assertTrue(limit.allows("203.0.113.7", 1, WINDOW + 1), "a new window");
        assertTrue(new AddressLimit(0, 100, WINDOW).allows("203.0.113.7", 1, 0), "0 = no limit");
    }

    @Test
    void aWindowEndsExactlyItsLengthAfterItsFirstView() {
        UUID reader = UUID.randomUUID();
        RecentVisitors visitors = new RecentVisitors(10, WINDOW);
        assertTrue(visitors.firstView(reader, 1, 100));
        assertFalse(visitors.firstView(reader, 1, 100 + WINDOW - 1), "the last moment of the window");
        assertTrue(visitors.firstView(reader, 1, 100 + WINDOW), "the first moment after it");
        assertFalse(visitors.firstView(reader, 1, 100 + WINDOW + 1), "a new window began with that view");

        AddressLimit limit = new AddressLimit(1, 10, WINDOW);
        assertTrue(limit.allows("203.0.113.7", 1, 100));
        assertFalse(limit.allows("203.0.113.7", 1, 100 + WINDOW - 1));
        assertTrue(limit.allows("203.0.113.7", 1, 100 + WINDOW));
        assertFalse(limit.allows("203.0.113.7", 1, 100 + WINDOW + 1));
    }

    @Test
    void expiredMemoriesMakeRoomAndAFullMemoryLetsViewsCountRatherThanForgetTheYoungest() {
        RecentVisitors visitors = new RecentVisitors(2, WINDOW);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        visitors.firstView(a, 1, 0);
        visitors.firstView(b, 1, 1);
        assertTrue(visitors.firstView(c, 1, 2), "full: counted, not remembered");
        assertTrue(visitors.firstView(c, 1, 3), "still not remembered");
        assertFalse(visitors.firstView(b, 1, 4), "the remembered stay remembered");
        assertTrue(visitors.firstView(c, 1, WINDOW), "a's memory expired at WINDOW and made room");
        assertFalse(visitors.firstView(c, 1, WINDOW + 1), "now remembered");

        AddressLimit limit = new AddressLimit(1, 2, WINDOW);
        limit.allows("10.0.0.1", 1, 0);
        limit.allows("10.0.0.2", 1, 1);
        assertTrue(limit.allows("10.0.0.3", 1, 2), "full: allowed");
        assertTrue(limit.allows("10.0.0.3", 1, 3), "and not counted");
        assertFalse(limit.allows("10.0.0.2", 1, 4), "the counted stay counted");
        assertTrue(limit.allows("10.0.0.3", 1, WINDOW), "10.0.0.1's window ended and made room");
        assertFalse(limit.allows("10.0.0.3", 1, WINDOW + 1), "now counted");
    }
}
