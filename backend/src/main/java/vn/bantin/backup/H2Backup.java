package vn.bantin.backup;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.SQLException;
import vn.bantin.common.ProblemException;

/**
 * The embedded database's own online backup ({@code BACKUP TO}): a zip holding {@code bantin.mv.db} as of one
 * instant, taken while readers and editors go on. Restoring is unzipping it into the data folder of a stopped app.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2Backup implements DatabaseBackup {
    /** H2's error for BACKUP on an in-memory database (the tests' one). */
    private static final int NOT_PERSISTENT = 90126;

    private final EntityManager em;

    H2Backup(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public void writeTo(Path file) {
        try {
            em.createNativeQuery(
                            "BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'")
                    .executeUpdate();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getErrorCode() == NOT_PERSISTENT) {
                    throw ProblemException.conflict("This database lives in memory only: there is nothing to back up");
                }
            }
            throw e;
        }
    }
}
