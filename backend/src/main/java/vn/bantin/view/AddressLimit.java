package vn.bantin.view;

import java.util.LinkedHashMap;

/**
 * The contract's per-address limit: at most {@code max} counted views of one article from one client address
 * within the window (30 minutes); 0 means no limit. An office behind one address still counts its readers; one
 * client posting 165,628 views in 20 s does not reach the most-viewed list. Memory is bounded like
 * {@link RecentVisitors}: only windows that have passed make room, and while memory is full of live windows a
 * new pair is counted without being tracked. Not thread-safe: only the view writer touches it.
 */
final class AddressLimit {
    private record Key(String address, long articleId) {}

    private static final class Window {
        final long startMillis;
        int views;

        Window(long startMillis) {
            this.startMillis = startMillis;
        }
    }

    private final int max;
    private final int capacity;
    private final long windowMillis;
    /** By start of window: the eldest entry is the first to end. */
    private final LinkedHashMap<Key, Window> windows = new LinkedHashMap<>(1024);

    AddressLimit(int max, int capacity, long windowMillis) {
        this.max = max;
        this.capacity = capacity;
        this.windowMillis = windowMillis;
    }

    /** Whether one more view of the article from the address counts, and counts it if so. */
    boolean allows(String address, long articleId, long nowMillis) {
        if (max <= 0 || address == null) {
            return true;
        }
        Key key = new Key(address, articleId);
        Window window = windows.get(key);
        if (window != null && nowMillis - window.startMillis >= windowMillis) {
            windows.remove(key);
            window = null;
        }
        if (window == null) {
            var eldest = windows.values().iterator();
            while (eldest.hasNext() && nowMillis - eldest.next().startMillis >= windowMillis) {
                eldest.remove();
            }
            if (windows.size() >= capacity) {
                return true;
            }
            window = new Window(nowMillis);
            windows.put(key, window);
        }
        if (window.views >= max) {
            return false;
        }
        window.views++;
        return true;
    }

    /** Takes back a view that was not committed after all. */
    void forget(String address, long articleId) {
        Window window = address == null ? null : windows.get(new Key(address, articleId));
        if (window != null && window.views > 0) {
            window.views--;
        }
    }
}
