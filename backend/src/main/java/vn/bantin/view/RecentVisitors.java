package vn.bantin.view;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who viewed which article lately, to skip repeats within the window. Memory is bounded, and what is bounded is
 * what is remembered anew, never the window: past {@code capacity} pairs only pairs older than the window make
 * room, so no flood of new visitors (240,544 distinct ids in 27 s did it once) makes a reader's repeat count
 * again. While memory is full of recent pairs, a newcomer's view counts without being remembered; the
 * per-address limit ({@link AddressLimit}) bounds what one client can do with that. Kept per API instance. Not
 * thread-safe: only the view writer touches it.
 */
final class RecentVisitors {
    private record Key(UUID visitor, long articleId) {}

    private final int capacity;
    private final long windowMillis;
    /** In order of last view: the eldest entry is the first to leave the window. */
    private final LinkedHashMap<Key, Long> seen = new LinkedHashMap<>(1024);

    RecentVisitors(int capacity, long windowMillis) {
        this.capacity = capacity;
        this.windowMillis = windowMillis;
    }

    /** True when this is the visitor's first view of the article within the window, and remembers it. */
    boolean firstView(UUID visitor, long articleId, long nowMillis) {
        Key key = new Key(visitor, articleId);
        Long at = seen.get(key);
        if (at != null && nowMillis - at < windowMillis) {
            return false;
        }
        seen.remove(key); // re-inserted at the young end
        forgetExpired(seen, nowMillis - windowMillis);
        if (seen.size() < capacity) {
            seen.put(key, nowMillis);
        }
        return true;
    }

    /** Takes back a view that was not committed after all. */
    void forget(UUID visitor, long articleId) {
        seen.remove(new Key(visitor, articleId));
    }

    int size() {
        return seen.size();
    }

    /**
     * Removes the eldest entries last touched at or before {@code windowStart}: they are at the head, in order. At
     * or before, as {@link #firstView} counts a view exactly one window after the last as a new one.
     */
    static <K> void forgetExpired(LinkedHashMap<K, Long> byLastTouch, long windowStart) {
        Iterator<Map.Entry<K, Long>> eldest = byLastTouch.entrySet().iterator();
        while (eldest.hasNext() && eldest.next().getValue() <= windowStart) {
            eldest.remove();
        }
    }
}
