package vn.bantin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's PostgreSQL backup and restore, for real: pg_dump while the PostgreSQL build runs, the database
 * emptied, pg_restore, the app started again, and everything back ({@link BackupScenario}). Runs in .ci/test's
 * PostgreSQL step (BANTIN_PG_APP_JAR), skipped elsewhere.
 */
class PostgresBackupIT {
    @TempDir
    Path work;

    @Test
    void pgDumpWhileRunningAndPgRestoreBringEverythingBack() throws Exception {
        String jar = System.getenv("BANTIN_PG_APP_JAR");
        String url = System.getenv("BANTIN_DB_URL");
        assumeTrue(jar != null && url != null, "needs the PostgreSQL build and database");
        URI database = URI.create(url.substring("jdbc:".length()));
        BackupScenario scenario = new BackupScenario();
        Path dump = work.resolve("bantin.dump");
        try (PackagedApp app = PackagedApp.start(
                jar,
                work.resolve("data"),
                19196,
                "-Dbantin.auth.admin-password=" + BackupScenario.PASSWORD,
                "-Dquarkus.flyway.clean-at-start=true")) {
            scenario.write(app);
            run(database, "pg_dump", "-Fc", "-f", dump.toString());
        }
        run(database, "psql", "-v", "ON_ERROR_STOP=1", "-q", "-c", "drop schema public cascade; create schema public");
        run(database, "pg_restore", "--clean", "--if-exists", dump.toString());
        try (PackagedApp app = PackagedApp.start(
                jar, work.resolve("data"), 19196, "-Dbantin.auth.admin-password=" + BackupScenario.PASSWORD)) {
            scenario.assertAllBack(app);
        }
    }

    /** A PostgreSQL client tool on the database of BANTIN_DB_URL, as the README gives it. */
    private static void run(URI database, String tool, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                tool,
                "-h",
                database.getHost(),
                "-p",
                String.valueOf(database.getPort() < 0 ? 5432 : database.getPort()),
                "-U",
                System.getenv().getOrDefault("BANTIN_DB_USER", "bantin")));
        command.addAll(List.of(arguments));
        String name = database.getPath().substring(1);
        command.add(tool.equals("pg_restore") ? "--dbname=" + name : name);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("BANTIN_DB_PASSWORD", ""));
        assertEquals(0, builder.start().waitFor(), String.join(" ", command));
    }
}
