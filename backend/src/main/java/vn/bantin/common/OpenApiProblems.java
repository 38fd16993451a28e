package vn.bantin.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the answers every operation shares, so that resources declare only their own: problem+json for 400
 * (any query parameter), 404 (any path parameter) and 500, and the caching headers and 304 of public GETs.
 */
public class OpenApiProblems implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** The security scheme of the editorial API: Swagger UI's "Authorize" takes an access token. */
    public static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        setServer(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        requireWhatIsAlwaysThere(openAPI);
        openAPI.getComponents()
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An accessToken from POST /api/v1/auth/token"));
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") && !isSiteFile(path.getKey())) {
                continue;
            }
            boolean admin = path.getKey().startsWith("/api/v1/admin");
            boolean editorial = admin || path.getKey().startsWith("/api/v1/auth/");
            path.getValue().getOperations().forEach((method, operation) -> {
                addProblems(operation, editorial, path.getKey(), openAPI);
                addPageHeaders(operation, openAPI);
                if (admin) {
                    addAuthentication(operation);
                }
                if (method == PathItem.HttpMethod.GET && !editorial) {
                    addCaching(operation);
                    addIfNoneMatch(operation);
                    putIfAbsent(
                            operation,
                            "406",
                            problem(
                                    "The client accepts none of the types this resource answers",
                                    "about:blank",
                                    "Not Acceptable",
                                    406,
                                    "This resource can only answer application/json"));
                }
                if (!admin && operation.getSecurity() == null) {
                    // Public content and signing in need no credentials: say so, rather than leave it undefined.
                    operation.setSecurity(new java.util.ArrayList<>());
                }
                describeProblemBodies(operation);
            });
        }
    }

    /** The sitemap and robots.txt: public GETs like the API's, with the same ETags and caching. */
    private static boolean isSiteFile(String path) {
        return path.startsWith("/sitemap") || path.equals("/robots.txt");
    }

    /**
     * Answers always carry every property that is not nullable (records serialise all their fields; those left out
     * when empty, such as highlight, are nullable): so say they are required, and generated clients get
     * non-optional types. Request bodies say themselves what they require.
     */
    private static void requireWhatIsAlwaysThere(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Request") || schema.getProperties() == null) {
                return;
            }
            java.util.List<String> required = new java.util.ArrayList<>();
            schema.getProperties().forEach((property, definition) -> {
                boolean nullable =
                        definition.getType() != null && definition.getType().contains(Schema.SchemaType.NULL);
                if (!nullable) {
                    required.add(property);
                }
            });
            if (!required.isEmpty()) {
                schema.setRequired(required);
            }
        });
    }

    /**
     * The site's own address (BANTIN_SITE_URL), so that a client generated from the served spec calls this site
     * rather than http://localhost; clients generated from the committed file get the tests' example address and
     * take their base URL from their configuration, as generated clients allow.
     */
    private static void setServer(OpenAPI openAPI) {
        String url = SiteUrl.trimmed(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("bantin.reader-site.url", String.class)
                .orElse("http://localhost:8080"));
        openAPI.setServers(new java.util.ArrayList<>(java.util.List.of(OASFactory.createServer()
                .url(url)
                .description("This site (BANTIN_SITE_URL); the API is under /api/v1"))));
    }

    /** Declared, so that generated clients can send it and use the 304s. */
    private static void addIfNoneMatch(Operation operation) {
        if (!hasHeader(operation, "If-None-Match")) {
            operation.addParameter(OASFactory.createParameter()
                    .name("If-None-Match")
                    .in(Parameter.In.HEADER)
                    .description("The ETag of an answer held: 304 without a body if it is still current")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void addAuthentication(Operation operation) {
        operation.setSecurity(new java.util.ArrayList<>(
                java.util.List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
        putIfAbsent(
                operation,
                "401",
                problem(
                        "No valid access token: missing, expired, or its session ended",
                        "about:blank",
                        "Unauthorized",
                        401,
                        "Sign in to use the editorial API"));
        putIfAbsent(
                operation,
                "403",
                problem(
                        "The account's role does not allow this",
                        "about:blank",
                        "Forbidden",
                        403,
                        "This needs the role ADMIN"));
    }

    private static void addProblems(Operation operation, boolean editorial, String path, OpenAPI openAPI) {
        String field = invalidFieldExample(operation, openAPI);
        if (field != null) {
            MediaType invalid = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                    .example(invalidExample(field));
            putIfAbsent(
                    operation,
                    "400",
                    OASFactory.createAPIResponse()
                            .description("Invalid input; errors names each field")
                            .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, invalid)));
        }
        if (hasParameter(operation, Parameter.In.PATH)) {
            putIfAbsent(
                    operation,
                    "404",
                    editorial
                            ? problem(
                                    "Nothing has this id or slug",
                                    "about:blank",
                                    "Not Found",
                                    404,
                                    "No article has the id 12345")
                            : problem(
                                    "Nothing publicly visible has this slug",
                                    "about:blank",
                                    "Not Found",
                                    404,
                                    notFoundExample(path)));
        }
        if (hasHeader(operation, "If-Match")) {
            putIfAbsent(
                    operation,
                    "412",
                    problem(
                            "Someone saved it since it was read: load it again and merge",
                            "about:blank",
                            "Precondition Failed",
                            412,
                            "The article has changed since it was read"));
            putIfAbsent(
                    operation,
                    "428",
                    problem(
                            "If-Match is missing",
                            "about:blank",
                            "Precondition Required",
                            428,
                            "Saving needs If-Match with the ETag the article was read with"));
        }
        putIfAbsent(
                operation,
                "500",
                problem(
                        "The server failed; the detail never shows internals",
                        "about:blank",
                        "Internal Server Error",
                        500,
                        "The server could not answer this request"));
    }

    /**
     * Every error answer is problem+json: a resource declares its own (409, 415, …) by status and description
     * alone, and the body is said here once.
     */
    private static void describeProblemBodies(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static void addCaching(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Strong validator of the answer's bytes"));
            ok.addHeader("Cache-Control", header("How long caches may keep the answer"));
        }
        putIfAbsent(
                operation,
                "304",
                OASFactory.createAPIResponse()
                        .description("Not modified: If-None-Match named the current ETag; no body")
                        .addHeader("ETag", header("The current ETag")));
    }

    /** Every page of a list (a schema with totalItems) comes with the headers {@code JsonAnswers} adds to it. */
    private static void addPageHeaders(Operation operation, OpenAPI openAPI) {
        APIResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        String ref = json == null || json.getSchema() == null
                ? null
                : json.getSchema().getRef();
        Schema page = ref == null || openAPI.getComponents().getSchemas() == null
                ? null
                : openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (page != null && page.getProperties() != null && page.getProperties().containsKey("totalItems")) {
            ok.addHeader("X-Total-Count", header("Items in all pages", Schema.SchemaType.INTEGER));
            ok.addHeader("Link", header("rel=\"next\" and rel=\"prev\" pages"));
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean hasParameter(Operation operation, Parameter.In in) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
    }

    /** Adds the response, or its problem body to one the scanner declared without a body (its own 400). */
    private static void putIfAbsent(Operation operation, String status, APIResponse response) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing == null) {
            operation.getResponses().addAPIResponse(status, response);
        } else if (existing.getContent() == null && response.getContent() != null) {
            existing.setContent(response.getContent());
        }
    }

    private static Header header(String description) {
        return header(description, Schema.SchemaType.STRING);
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(type));
    }

    private static APIResponse problem(String description, String type, String title, int status, String detail) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(problemExample(type, title, status, detail));
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    /**
     * The field a 400 example names: one the operation really has (its size parameter, else its first query
     * parameter, else the first required property of its JSON body); null when it takes no input at all.
     */
    private static String invalidFieldExample(Operation operation, OpenAPI openAPI) {
        if (operation.getParameters() != null) {
            java.util.List<String> query = operation.getParameters().stream()
                    .filter(p -> p.getIn() == Parameter.In.QUERY)
                    .map(Parameter::getName)
                    .toList();
            if (!query.isEmpty()) {
                return query.contains("size") ? "size" : query.get(0);
            }
        }
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        Schema body = json == null ? null : json.getSchema();
        if (body != null && body.getRef() != null && openAPI.getComponents().getSchemas() != null) {
            body = openAPI.getComponents()
                    .getSchemas()
                    .get(body.getRef().substring(body.getRef().lastIndexOf('/') + 1));
        }
        if (body != null && body.getRequired() != null && !body.getRequired().isEmpty()) {
            return body.getRequired().get(0);
        }
        if (body != null
                && body.getProperties() != null
                && !body.getProperties().isEmpty()) {
            return body.getProperties().keySet().iterator().next();
        }
        return "file";
    }

    private static Map<String, Object> invalidExample(String field) {
        String message = field.equals("size") ? "must be a whole number from 1 to 100" : "is invalid";
        Map<String, Object> example = problemExample(
                Problem.INVALID_INPUT_TYPE, "Bad Request", 400, "Parameter '" + field + "' is invalid: " + message);
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        example.put("errors", java.util.List.of(error));
        return example;
    }

    /** What the server says for an unknown slug of the path's kind (the resources' own wording). */
    private static String notFoundExample(String path) {
        java.util.regex.Matcher kind = java.util.regex.Pattern.compile("^/api/v1/(authors|categories|tags)/")
                .matcher(path);
        if (kind.find()) {
            String noun = switch (kind.group(1)) {
                case "authors" -> "author";
                case "categories" -> "category";
                default -> "tag";
            };
            return "No " + noun + " has the slug 'khong-co'";
        }
        return "No published article has the slug 'khong-co'";
    }

    /** In the order of RFC 9457, always the same, so that the written spec does not churn from build to build. */
    private static Map<String, Object> problemExample(String type, String title, int status, String detail) {
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        return example;
    }
}
