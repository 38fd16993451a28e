package vn.bantin.readcache;

import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;

/**
 * A public answer as it goes on the wire: the body bytes, its quoted strong ETag and the headers that travel with
 * it (Content-Type, Cache-Control, X-Total-Count, Link). Served again until {@code expiresAtMillis}.
 */
record CachedAnswer(Buffer body, String etag, List<Map.Entry<CharSequence, CharSequence>> headers,
                    long expiresAtMillis) {

    /** Roughly what the entry keeps in memory: the body, plus the headers and the entry itself. */
    int weight(String key) {
        int size = body.length() + key.length() * 2 + 256;
        for (Map.Entry<CharSequence, CharSequence> header : headers) {
            size += (header.getKey().length() + header.getValue().length()) * 2;
        }
        return size;
    }

    /** If-None-Match (weak comparison, as RFC 9110 asks for it): does the client hold this answer already? */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
