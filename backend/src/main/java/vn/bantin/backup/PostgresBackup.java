package vn.bantin.backup;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import vn.bantin.common.ProblemException;

/**
 * PostgreSQL is backed up by its own tools, which know its files better than any copy the app could make:
 * {@code pg_dump -Fc} while it runs, {@code pg_restore --clean} to restore (README, "Backup and restore").
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresBackup implements DatabaseBackup {
    @Override
    public void writeTo(Path file) {
        // 409, not 501: nothing failed on the server; this database is backed up another way.
        throw ProblemException.conflict("On PostgreSQL, back up with pg_dump -Fc and restore with pg_restore --clean"
                + " (README, Backup and restore)");
    }
}
