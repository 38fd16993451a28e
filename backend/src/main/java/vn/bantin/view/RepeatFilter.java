package vn.bantin.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.bantin.common.BantinConfig;

/**
 * Which views of a batch count: not a visitor's repeat within the window ({@link RecentVisitors}), not past an
 * address's limit ({@link AddressLimit}). What a batch made the memories remember is kept until the batch commits,
 * so that a batch that fails forgets it again ({@link Batch#undo()}) and its retried views are not repeats.
 */
final class RepeatFilter {
    private final RecentVisitors recentVisitors;
    private final AddressLimit addressLimit;

    RepeatFilter(BantinConfig.Views config) {
        long windowMillis = config.repeatWindowMinutes() * 60_000L;
        this.recentVisitors = new RecentVisitors(config.repeatMemory(), windowMillis);
        this.addressLimit = new AddressLimit(config.maxPerAddress(), config.addressMemory(), windowMillis);
    }

    Batch batch(Instant now) {
        return new Batch(now.toEpochMilli());
    }

    enum Verdict {
        COUNTED,
        REPEAT,
        OVER_LIMIT
    }

    /** One batch's checks, and what they remembered. */
    final class Batch {
        private final long nowMillis;
        private final List<UUID> visitors = new ArrayList<>();
        private final List<Long> visitorsArticles = new ArrayList<>();
        private final List<String> addresses = new ArrayList<>();
        private final List<Long> addressesArticles = new ArrayList<>();

        private Batch(long nowMillis) {
            this.nowMillis = nowMillis;
        }

        // Uncontended under group commit (one writer thread); the per-request baseline writes from many threads.
        Verdict check(PendingView view, long articleId) {
            synchronized (RepeatFilter.this) {
                if (view.visitor() != null) {
                    if (!recentVisitors.firstView(view.visitor(), articleId, nowMillis)) {
                        return Verdict.REPEAT;
                    }
                    visitors.add(view.visitor());
                    visitorsArticles.add(articleId);
                }
                if (!addressLimit.allows(view.address(), articleId, nowMillis)) {
                    return Verdict.OVER_LIMIT;
                }
                addresses.add(view.address());
                addressesArticles.add(articleId);
                return Verdict.COUNTED;
            }
        }

        void undo() {
            synchronized (RepeatFilter.this) {
                for (int i = 0; i < visitors.size(); i++) {
                    recentVisitors.forget(visitors.get(i), visitorsArticles.get(i));
                }
                for (int i = 0; i < addresses.size(); i++) {
                    addressLimit.forget(addresses.get(i), addressesArticles.get(i));
                }
            }
        }
    }
}
