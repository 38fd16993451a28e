package vn.bantin.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged app (target/quarkus-app) run as its own process on an embedded database in {@code dataDir}. */
final class PackagedApp implements AutoCloseable {
    static final String SEED_SLUG =
            "quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024";
    private static final Pattern VIEW_COUNT = Pattern.compile("\"viewCount\":(\\d+)");

    final Process process;
    final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    private PackagedApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PackagedApp start(Path dataDir, int port, String... extraProperties) throws Exception {
        return start(
                System.getProperty("bantin.app.jar", "target/quarkus-app/quarkus-run.jar"),
                dataDir,
                port,
                extraProperties);
    }

    /** The app packaged at {@code jar} (another build, such as the PostgreSQL one). */
    static PackagedApp start(String jar, Path dataDir, int port, String... extraProperties) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dbantin.data-dir=" + dataDir.toAbsolutePath(),
                // Every view of these tests comes from one address.
                "-Dbantin.views.max-per-address=0"));
        command.addAll(List.of(extraProperties));
        command.addAll(List.of("-jar", jar));
        Files.createDirectories(dataDir);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("app.log").toFile()))
                .start();
        PackagedApp app = new PackagedApp(process, port);
        app.awaitReady();
        return app;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The exact count, read by a crawler's POST: answered, never counted. */
    long viewCount(String slug) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(uri("/api/v1/articles/" + slug + "/views"))
                        .header("User-Agent", "Googlebot/2.1")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = VIEW_COUNT.matcher(answer.body());
        if (answer.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no view count in " + answer.statusCode() + " " + answer.body());
        }
        return Long.parseLong(m.group(1));
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app did not become ready in 60 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
