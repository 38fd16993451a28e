package vn.bantin.view;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** One view on its way to the database; {@code answer} completes once it is committed (or found not countable). */
record PendingView(String slug, UUID visitor, boolean crawler, CompletableFuture<ViewResult> answer) {

    static PendingView of(String slug, UUID visitor, boolean crawler) {
        return new PendingView(slug, visitor, crawler, new CompletableFuture<>());
    }
}
