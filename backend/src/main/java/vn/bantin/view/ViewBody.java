package vn.bantin.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import vn.bantin.common.FieldError;
import vn.bantin.common.ProblemException;

/** Reads the optional body of a view: nothing, or {@code {"visitorId": "<uuid>"}} as JSON or as text/plain. */
final class ViewBody {
    private static final String OBJECT_EXPECTED = "must be a JSON object such as {\"visitorId\": \"<uuid>\"}";

    private ViewBody() {}

    /** The visitor named by the body, or null when there is none; a 400 or 415 for a body that is wrong. */
    static UUID visitorOf(ObjectMapper mapper, String contentType, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (!isJsonOrText(contentType)) {
            throw new ProblemException(415, "about:blank", "The body must be application/json or text/plain", null);
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid("body", OBJECT_EXPECTED);
        }
        if (json.isNull()) {
            return null; // what some generated clients send for "no body"
        }
        if (!json.isObject()) {
            throw invalid("body", OBJECT_EXPECTED);
        }
        JsonNode visitor = json.get("visitorId");
        if (visitor == null || visitor.isNull()) {
            return null;
        }
        try {
            if (visitor.isTextual()) {
                String text = visitor.asText();
                UUID uuid = UUID.fromString(text);
                // UUID.fromString accepts short forms such as "1-1-1-1-1"; a visitorId is the canonical 36.
                if (text.length() == 36) {
                    return uuid;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw invalid("visitorId", "must be a UUID such as 3f1c2a9e-5b7d-4c11-9a2e-0d4b6f8e1a23");
    }

    private static boolean isJsonOrText(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new FieldError(field, message)));
    }
}
