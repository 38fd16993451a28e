package vn.bantin.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jboss.logging.Logger;
import vn.bantin.common.BantinConfig;
import vn.bantin.common.FieldError;
import vn.bantin.common.Hanoi;
import vn.bantin.common.ProblemException;

/**
 * Imports started through the API: the zip is kept under the data folder until its job ends; jobs run one at a
 * time on one thread of this instance, and write their state and report to the database as they go, so any
 * instance answers the polling.
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    /** How often a running job writes its progress. */
    private static final Duration SAVE_EVERY = Duration.ofMillis(500);
    /** A running or queued job that has not written for this long belongs to an instance that stopped. */
    private static final Duration SILENT = Duration.ofSeconds(60);

    private final Importer importer;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Path folder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bantin-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(Importer importer, EntityManager em, ObjectMapper mapper, Clock clock, BantinConfig config) {
        this.importer = importer;
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.folder = Path.of(config.dataDir(), "imports");
    }

    /** Takes the uploaded zip over and queues its import; a file that is not a zip is refused at once. */
    public ImportJob start(Path upload, String fileName, String user) {
        try (ZipFile ignored = new ZipFile(upload.toFile())) {
            // readable: its central directory is there
        } catch (ZipException e) {
            throw ProblemException.invalid(List.of(new FieldError("file", "is not a zip file")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = UUID.randomUUID().toString();
        Path zip = folder.resolve(id + ".zip");
        try {
            Files.createDirectories(folder);
            Files.copy(upload, zip, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name =
                fileName == null || fileName.isBlank() ? null : fileName.substring(0, Math.min(fileName.length(), 300));
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into import_job"
                                + " (id, file_name, started_by, state, created_at, updated_at, report)"
                                + " values (?1, ?2, ?3, 'QUEUED', ?4, ?4, ?5)")
                        .setParameter(1, id)
                        .setParameter(2, name)
                        .setParameter(3, user)
                        .setParameter(4, now)
                        .setParameter(5, json(importer.newRun().report()))
                        .executeUpdate());
        worker.submit(() -> run(id, zip));
        return find(id).orElseThrow();
    }

    public Optional<ImportJob> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select id, file_name, started_by, state, created_at, updated_at,"
                            + " error, report from import_job where id = ?1")
                    .setParameter(1, id)
                    .getResultList();
            return rows.stream().map(r -> job((Object[]) r)).findFirst();
        });
    }

    private void run(String id, Path zip) {
        ImportRun progress = importer.newRun();
        Instant[] saved = {clock.instant()};
        try (ZipFile file = new ZipFile(zip.toFile())) {
            save(id, "RUNNING", progress, null);
            boolean completed = importer.run(PageFolder.of(file), progress, () -> {
                if (Duration.between(saved[0], clock.instant()).compareTo(SAVE_EVERY) >= 0) {
                    save(id, "RUNNING", progress, null);
                    saved[0] = clock.instant();
                }
            });
            save(id, completed ? "DONE" : "INTERRUPTED", progress, null);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import %s stopped", id);
            save(id, "FAILED", progress, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", zip, e.getMessage());
            }
        }
    }

    private void save(String id, String state, ImportRun progress, String error) {
        String report = json(progress.report());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update import_job set state = ?1,"
                                + " updated_at = ?2, report = ?3, error = ?4 where id = ?5")
                        .setParameter(1, state)
                        .setParameter(2, clock.instant())
                        .setParameter(3, report)
                        .setParameter(4, error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                        .setParameter(5, id)
                        .executeUpdate());
    }

    private ImportJob job(Object[] row) {
        Instant updated = instant(row[5]);
        ImportJob.State state = ImportJob.State.valueOf((String) row[3]);
        if ((state == ImportJob.State.RUNNING || state == ImportJob.State.QUEUED)
                && Duration.between(updated, clock.instant()).compareTo(SILENT) > 0) {
            state = ImportJob.State.INTERRUPTED;
        }
        try {
            String report =
                    row[7] instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : (String) row[7];
            return new ImportJob(
                    (String) row[0],
                    state,
                    (String) row[1],
                    (String) row[2],
                    Hanoi.toOffset(instant(row[4])),
                    Hanoi.toOffset(updated),
                    (String) row[6],
                    mapper.readValue(report, ImportReport.class));
        } catch (JsonProcessingException | java.sql.SQLException e) {
            throw new IllegalStateException("Import job " + row[0] + " has an unreadable report", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private String json(ImportReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page being written is finished (each is one transaction); queued jobs are left QUEUED, to start again. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
