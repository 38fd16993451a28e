package vn.bantin;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every answer that a test receives through REST Assured against the committed OpenAPI file, so the spec
 * cannot drift from what the API answers. Requests are not checked: tests send bad input on purpose. It also
 * gives REST Assured timeouts, which it has none of by default: a request the app never answers fails its test
 * within a minute instead of hanging the build.
 */
public class SpecConformance implements BeforeAllCallback {
    public static final Path SPEC = Path.of("openapi", "openapi.yaml");
    private static volatile boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        // Quarkus loads test classes, and so the REST Assured they call, in its own class loader: install the
        // filter into that copy of REST Assured, not into the one this extension was loaded with.
        ClassLoader testLoader = context.getRequiredTestClass().getClassLoader();
        Class.forName(SpecConformance.class.getName(), true, testLoader)
                .getMethod("install")
                .invoke(null);
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        // The parser finds its extensions with ServiceLoader on the context class loader, which under Quarkus'
        // test class loader would see a second copy of them.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OpenApiInteractionValidator.class.getClassLoader());
        try {
            RestAssured.filters(new OpenApiValidationFilter(validator()));
            RestAssured.config = RestAssured.config()
                    .httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.connection.timeout", 10_000)
                            .setParam("http.socket.timeout", 60_000));
        } finally {
            thread.setContextClassLoader(previous);
        }
        installed = true;
    }

    private static OpenApiInteractionValidator validator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        SPEC.toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }
}
