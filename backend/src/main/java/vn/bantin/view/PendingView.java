package vn.bantin.view;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One view on its way to the database; {@code answer} completes once it is committed (or found not countable),
 * on {@code context}, the event loop the request came in on (null outside a request).
 */
record PendingView(
        String slug,
        UUID visitor,
        String address,
        boolean crawler,
        CompletableFuture<ViewResult> answer,
        Context context) {

    static PendingView of(String slug, UUID visitor, String address, boolean crawler) {
        return new PendingView(slug, visitor, address, crawler, new CompletableFuture<>(), Vertx.currentContext());
    }
}
