package vn.bantin.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, its .env.example and the two Dockerfiles, read as Docker would read them: Docker does not
 * run on our build machines, so this is what checks them.
 */
class DockerComposeTest {
    private static final Path ROOT = Path.of("..");
    /** ${NAME}, ${NAME:-default}, ${NAME:?message}; $${…} is a literal dollar for the container's shell. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)(?::?[-?][^}]*)?}");

    private static JsonNode compose() throws IOException {
        return new YAMLMapper().readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void threeServicesEachWithAHealthCheckStartingInOrder() throws IOException {
        JsonNode services = compose().path("services");
        assertEquals(Set.of("postgres", "backend", "frontend"), names(services));
        for (String name : List.of("postgres", "backend", "frontend")) {
            JsonNode check = services.path(name).path("healthcheck").path("test");
            assertTrue(check.isArray() && check.size() >= 2, name + " has a health check");
        }
        assertTrue(services.at("/backend/healthcheck/test").toString().contains("/q/health/ready"));
        assertEquals(
                "service_healthy",
                services.at("/backend/depends_on/postgres/condition").asText());
        assertEquals(
                "service_healthy",
                services.at("/frontend/depends_on/backend/condition").asText());
        assertEquals("pg", services.at("/backend/build/args/DB_PROFILE").asText(), "the PostgreSQL build");
        assertEquals(
                "./frontend",
                services.at("/backend/build/additional_contexts/site").asText(),
                "the API image serves the reader pages (nginx proxies them): it builds the site too");
        assertEquals(
                "backend:8080",
                services.at("/frontend/environment/BANTIN_BACKEND").asText());
    }

    @Test
    void onlyTheFrontendIsPublishedAndDataLivesInNamedVolumes() throws IOException {
        JsonNode compose = compose();
        JsonNode services = compose.path("services");
        assertTrue(services.path("postgres").path("ports").isMissingNode());
        assertTrue(services.path("backend").path("ports").isMissingNode(), "the API is reached through nginx");
        assertEquals(1, services.path("frontend").path("ports").size());
        assertTrue(services.path("frontend").path("ports").get(0).asText().endsWith(":8080"));
        Set<String> declared = names(compose.path("volumes"));
        for (String service : List.of("postgres", "backend")) {
            String volume = services.path(service).path("volumes").get(0).asText();
            assertTrue(declared.contains(volume.substring(0, volume.indexOf(':'))), service + ": " + volume);
        }
        assertTrue(services.at("/postgres/volumes/0").asText().endsWith(":/var/lib/postgresql/data"));
        assertTrue(services.at("/backend/volumes/0").asText().endsWith(":/data"));
    }

    @Test
    void everyVariableIsDocumentedAndNoSecretIsCommitted() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        Set<String> used = new TreeSet<>();
        Matcher m = VARIABLE.matcher(compose);
        while (m.find()) {
            used.add(m.group(1));
        }
        Map<String, String> documented = envExample();
        assertTrue(used.size() >= 8, used.toString());
        for (String variable : used) {
            assertTrue(documented.containsKey(variable), variable + " is used but not in .env.example");
        }
        documented.forEach((name, value) -> {
            if (name.contains("PASSWORD") || name.contains("SECRET") || name.contains("KEY")) {
                assertEquals("", value, name + " must not carry a value in .env.example");
            }
        });
        assertTrue(compose.contains("${POSTGRES_PASSWORD:?"), "compose refuses to start without a password");
    }

    @Test
    void theImagesRunUnprivilegedAndCheckTheirHealth() throws IOException {
        String backend = Files.readString(ROOT.resolve("backend/Dockerfile"));
        assertEquals(3, count(backend, "(?m)^FROM "), "multi-stage: the site with Node, the API with Maven, a JRE");
        assertTrue(backend.matches("(?s).*\\nUSER bantin\\n.*"), "not root");
        assertTrue(backend.contains("HEALTHCHECK") && backend.contains("/q/health/ready"));
        assertTrue(Files.isRegularFile(ROOT.resolve("backend/docker/Ready.java")));
        assertTrue(backend.contains("BANTIN_SITE_DIR=/app/site")
                && backend.contains("COPY --from=site-build /src/dist /app/site"));
        Matcher fromSite = Pattern.compile("(?m)^COPY --from=site (.+) \\S+$").matcher(backend);
        int copies = 0;
        while (fromSite.find()) {
            for (String source : fromSite.group(1).split(" ")) {
                assertTrue(Files.exists(ROOT.resolve("frontend").resolve(source)), "frontend/" + source);
                copies++;
            }
        }
        assertTrue(copies >= 7, "the site's sources are copied from the frontend folder");
        String frontend = Files.readString(ROOT.resolve("frontend/Dockerfile"));
        assertEquals(2, count(frontend, "(?m)^FROM "));
        assertTrue(frontend.contains("FROM nginx")
                && frontend.contains("scripts/nginx-conf.mjs")
                && frontend.contains("/etc/nginx/templates/"));
        assertTrue(Files.isRegularFile(ROOT.resolve("frontend/nginx/bantin.conf.template")));
    }

    private static Map<String, String> envExample() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int equals = line.indexOf('=');
                assertTrue(equals > 0, "not NAME=value: " + line);
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
