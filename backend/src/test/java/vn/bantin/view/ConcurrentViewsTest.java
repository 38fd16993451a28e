package vn.bantin.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.bantin.TestData;
import vn.bantin.article.Article;

/**
 * 64 concurrent clients post views: the count rises by exactly the number of views, and every answer's
 * viewCount is a different number, as if the views had come one after another. (The benchmark posts 100,000.)
 */
@QuarkusTest
class ConcurrentViewsTest {
    private static final int CLIENTS = 64;
    private static final int VIEWS_EACH = 100;
    private static final Pattern ANSWER = Pattern.compile("\"viewCount\":(\\d+),\"counted\":(true|false)");

    @Inject
    TestData data;

    @TestHTTPResource("/")
    URL root;

    @Test
    void concurrentViewsAreNeitherLostNorDoubleCounted() throws Exception {
        Article article = data.article(
                "Bài nóng", data.category("Nóng"), data.author("Phóng viên"), Duration.ofHours(2), List.of());
        URI uri = root.toURI().resolve("/api/v1/articles/" + article.slug + "/views");
        ExecutorService clientThreads = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder()
                .executor(clientThreads)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Set<Long> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger counted = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(clients.submit(() -> {
                for (int i = 0; i < VIEWS_EACH; i++) {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = ANSWER.matcher(response.body());
                    if (response.statusCode() == 200 && m.find() && m.group(2).equals("true")) {
                        counted.incrementAndGet();
                        answered.add(Long.parseLong(m.group(1)));
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done) {
                f.get(3, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
            clientThreads.shutdownNow();
        }

        int total = CLIENTS * VIEWS_EACH;
        assertEquals(total, counted.get(), "every view was answered counted");
        assertEquals(total, answered.size(), "no two answers gave the same count");
        assertEquals(total, ViewsTest.count(article.slug), "the count rose by exactly the views posted");
    }
}
