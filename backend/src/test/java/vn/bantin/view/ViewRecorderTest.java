package vn.bantin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.bantin.common.ProblemException;

/** The queue in front of the writer: bounded, and drained on shutdown. The writer here is a stand-in. */
class ViewRecorderTest {

    @Test
    void aFullQueueAnswers503WithRetryAfterInsteadOfGrowing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        ViewRecorder recorder = new ViewRecorder(
                batch -> {
                    writing.countDown();
                    await(release);
                    answerAll(batch);
                },
                false,
                100,
                2,
                0,
                Duration.ofSeconds(1));
        recorder.start(null);
        List<CompletableFuture<ViewResult>> answers = new ArrayList<>();
        answers.add(recorder.record("a", null, null, null).toCompletableFuture());
        assertTrue(writing.await(5, TimeUnit.SECONDS), "the writer took the first view");
        answers.add(recorder.record("b", null, null, null).toCompletableFuture());
        answers.add(recorder.record("c", null, null, null).toCompletableFuture());

        ProblemException busy = assertThrows(ProblemException.class, () -> recorder.record("d", null, null, null));
        assertEquals(503, busy.status());
        assertEquals(1, busy.retryAfterSeconds());

        release.countDown();
        for (CompletableFuture<ViewResult> answer : answers) {
            assertTrue(answer.get(5, TimeUnit.SECONDS).counted());
        }
        recorder.drain(null);
    }

    @Test
    void shutdownCommitsEverythingAcceptedAndRefusesMore() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = new ArrayList<>();
        ViewRecorder recorder = new ViewRecorder(
                batch -> {
                    await(release);
                    batch.forEach(v -> written.add(v.slug()));
                    answerAll(batch);
                },
                false,
                3,
                100,
                0,
                Duration.ofSeconds(1));
        recorder.start(null);
        List<CompletableFuture<ViewResult>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(recorder.record("s" + i, null, null, null).toCompletableFuture());
        }
        Thread shutdown = new Thread(() -> {
            try {
                recorder.drain(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        shutdown.start();
        Thread.sleep(100);
        assertThrows(ProblemException.class, () -> recorder.record("late", null, null, null));
        release.countDown();
        shutdown.join(10_000);
        assertEquals(10, written.size(), "every accepted view was written before the app stopped");
        for (CompletableFuture<ViewResult> answer : answers) {
            assertTrue(answer.isDone());
        }
    }

    private static void answerAll(List<PendingView> batch) {
        batch.forEach(v -> v.answer().complete(new ViewResult(v.slug(), 1, true)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
