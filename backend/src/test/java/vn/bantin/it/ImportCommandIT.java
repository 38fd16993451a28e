package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.importing.OldPortalPages;

/**
 * The packaged app's import command on a generated folder of the old portal's pages: killed hard (SIGKILL) in the
 * middle, it leaves every page either imported whole or not at all, and a second run goes on from there.
 */
class ImportCommandIT {
    private static final int PAGES = 1500;
    /** OldPortalPages breaks one page in a hundred (its date line lost). */
    private static final int BROKEN = PAGES / 100;

    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + PAGES + " pages");

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesNoHalfArticleAndTheRerunGoesOnWhereItStopped() throws Exception {
        Path pages = work.resolve("pages");
        Path data = work.resolve("data");
        OldPortalPages.main(new String[] {pages.toString(), String.valueOf(PAGES)});

        Path firstLog = work.resolve("first.log");
        Process first = command(data, pages, firstLog);
        int doneWhenKilled = awaitProgress(first, firstLog, PAGES / 5);
        first.destroyForcibly().waitFor();
        System.out.printf("killed at %d of %d pages%n", doneWhenKilled, PAGES);

        long sources;
        try (Connection db = database(data)) {
            sources = count(db, "select count(*) from import_source");
            assertEquals(
                    sources,
                    count(db, "select count(*) from article where updated_by = 'import'"),
                    "every imported article has its source, and every source its article");
            assertEquals(
                    0,
                    count(
                            db,
                            "select count(*) from article where updated_by = 'import'"
                                    + " and (body_html = '' or id not in (select article_id from import_source))"));
        }
        assertTrue(sources > 0 && sources < PAGES - BROKEN, "the kill came in the middle: " + sources);

        Path secondLog = work.resolve("second.log");
        Process second = command(data, pages, secondLog);
        assertTrue(second.waitFor(180, TimeUnit.SECONDS), "the rerun ended");
        String report = Files.readString(secondLog, StandardCharsets.UTF_8);
        assertEquals(2, second.exitValue(), "some pages failed: " + report);
        assertEquals(PAGES - BROKEN - sources, row(report, "created"), report);
        assertEquals(sources, row(report, "unchanged"), report);
        assertEquals(BROKEN, row(report, "failed"), report);
        assertEquals(2, row(report, "not pages (skipped)"), report);
        assertTrue(report.contains("follows the title"), report);
        try (Connection db = database(data)) {
            assertEquals(PAGES - BROKEN, count(db, "select count(*) from import_source"));
            assertEquals(PAGES - BROKEN, count(db, "select count(*) from article where updated_by = 'import'"));
        }
    }

    private static Process command(Path data, Path pages, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Dbantin.data-dir=" + data.toAbsolutePath(),
                "-jar",
                System.getProperty("bantin.app.jar", "target/quarkus-app/quarkus-run.jar"),
                "import",
                pages.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
    }

    /** Waits until the progress bar shows at least {@code pages} done, and returns how many it shows. */
    private static int awaitProgress(Process process, Path log, int pages) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the import ended before it could be killed: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            Matcher progress = PROGRESS.matcher(Files.readString(log, StandardCharsets.UTF_8));
            int done = -1;
            while (progress.find()) {
                done = Integer.parseInt(progress.group(1));
            }
            if (done >= pages) {
                return done;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no progress in 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static long row(String report, String label) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(label) + " +\\| +(\\d+) \\|")
                .matcher(report);
        if (!m.find()) {
            throw new AssertionError("no row '" + label + "' in " + report);
        }
        return Long.parseLong(m.group(1));
    }

    private static Connection database(Path data) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + data.toAbsolutePath().resolve("bantin"), "bantin", "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
