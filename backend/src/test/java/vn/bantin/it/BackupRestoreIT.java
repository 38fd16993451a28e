package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup of the embedded database, taken while the packaged app runs, then the documented restore:
 * the data folder wiped, the zip unpacked into it, the app started again; every article, revision, account,
 * medium and view statistic is back ({@link BackupScenario}).
 */
class BackupRestoreIT {
    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileRunningRestoresEverything() throws Exception {
        Path data = work.resolve("data");
        int port = 19195;
        BackupScenario scenario = new BackupScenario();
        Path backup = work.resolve("bantin-backup.zip");
        try (PackagedApp app =
                PackagedApp.start(data, port, "-Dbantin.auth.admin-password=" + BackupScenario.PASSWORD)) {
            scenario.write(app);
            HttpResponse<Path> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(app.uri("/api/v1/admin/backups"))
                                    .header("Authorization", "Bearer " + scenario.signIn(app))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofFile(backup));
            assertEquals(200, answer.statusCode());
            assertEquals(
                    "application/zip",
                    answer.headers().firstValue("Content-Type").orElse(""));
        }

        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        unzip(backup, data);

        // Started again as compose runs it in production: one JSON object per log line.
        try (PackagedApp app = PackagedApp.start(
                data,
                port,
                "-Dbantin.auth.admin-password=" + BackupScenario.PASSWORD,
                "-Dquarkus.log.console.json.enabled=true")) {
            scenario.assertAllBack(app);
        }
        List<String> lines = Files.readAllLines(data.resolve("app.log")).stream()
                .filter(l -> !l.isBlank())
                .toList();
        assertTrue(lines.size() > 3, lines.toString());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertTrue(json.readTree(line).hasNonNull("message"), line);
        }
    }

    /** What the README's restore does: unzip the backup into the data folder. */
    private static void unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into));
                Files.copy(entries, target);
            }
        }
    }
}
