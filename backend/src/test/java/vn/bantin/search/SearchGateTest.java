package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.bantin.common.ProblemException;

class SearchGateTest {
    @Test
    void beyondTheBoundASearchWaitsItsTurnThenGets503WithRetryAfter() throws Exception {
        SearchGate gate = new SearchGate(1, TimeUnit.MILLISECONDS.toNanos(200));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        running.await();
        ProblemException busy = assertThrows(ProblemException.class, () -> gate.run(() -> "second"));
        assertEquals(503, busy.status());
        assertEquals(1, busy.retryAfterSeconds());
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> gate.run(() -> "third"));
        finish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("third", waiting.get(5, TimeUnit.SECONDS), "a search that waits less than the bound runs");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
