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
}
