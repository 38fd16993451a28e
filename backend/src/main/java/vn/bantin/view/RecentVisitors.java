package vn.bantin.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who viewed which article lately, to skip repeats within the window. Memory is bounded: past {@code capacity}
 * pairs the oldest are forgotten, so under a flood of distinct visitors a repeat of a forgotten pair counts
 * again. Kept per API instance. Not thread-safe: only the view writer touches it.
 */
final class RecentVisitors {
    private record Key(UUID visitor, long articleId) {
    }

    private final long windowMillis;
    private final LinkedHashMap<Key, Long> seen;

    RecentVisitors(int capacity, long windowMillis) {
        this.windowMillis = windowMillis;
        this.seen = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when this is the visitor's first view of the article within the window, and remembers it. */
    boolean firstView(UUID visitor, long articleId, long nowMillis) {
        Key key = new Key(visitor, articleId);
        Long at = seen.get(key);
        if (at != null && nowMillis - at < windowMillis) {
            return false;
        }
        seen.remove(key); // re-inserted at the young end
        seen.put(key, nowMillis);
        return true;
    }

    /** Takes back a view that was not committed after all. */
    void forget(UUID visitor, long articleId) {
        seen.remove(new Key(visitor, articleId));
    }
}
