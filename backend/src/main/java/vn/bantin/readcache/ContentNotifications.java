package vn.bantin.readcache;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, listens for the content changes that any instance commits (migration V11's triggers send
 * {@code bantin_content}) and empties this instance's read cache: with several instances behind a load balancer,
 * an edit made on one shows on the next request to every other. One connection of the pool is kept for it; if
 * it breaks, the cache is emptied (a change may have been missed) and listening starts again a second later.
 * The embedded database has one process only, whose own writes empty its cache ({@link ContentChanges}).
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class ContentNotifications {
    private static final Logger LOG = Logger.getLogger(ContentNotifications.class);
    static final String CHANNEL = "bantin_content";
    private static final int WAIT_MILLIS = 500;

    private final AgroalDataSource dataSource;
    private final ReadCache cache;
    /** The application_name of this instance's connections: notifications of its own writes are passed over. */
    private final String ownName;

    private volatile boolean running = true;
    private Thread listener;

    ContentNotifications(
            AgroalDataSource dataSource,
            ReadCache cache,
            @ConfigProperty(name = "bantin.instance-id") String instanceId) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.ownName = "bantin-" + instanceId;
    }

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listen, "content-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(2 * WAIT_MILLIS);
        }
    }

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                if (reconnecting) {
                    cache.invalidateAll(); // a change may have come while nobody listened
                }
                while (running) {
                    PGNotification[] changes = postgres.getNotifications(WAIT_MILLIS);
                    if (changes != null && Arrays.stream(changes).anyMatch(c -> !ownName.equals(c.getParameter()))) {
                        cache.invalidateAll();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for content changes failed (%s); trying again in a second", e.getMessage());
                reconnecting = true;
                cache.invalidateAll();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
