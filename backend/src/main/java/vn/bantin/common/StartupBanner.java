package vn.bantin.common;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the app where to find it. */
@ApplicationScoped
public class StartupBanner {
    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean listening) {
        if (LaunchMode.current() == LaunchMode.TEST || !listening) {
            return; // a command (import) listens on no port
        }
        String base = "http://localhost:" + port;
        LOG.infof(
                "Bantin is up:%n  API         %s/api/v1/articles%n  Swagger UI  %s/q/swagger-ui%n"
                        + "  OpenAPI     %s/q/openapi%n  Health      %s/q/health",
                base, base, base, base);
    }
}
