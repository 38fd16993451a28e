package vn.bantin.readcache;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

/**
 * A public answer as it goes on the wire: the body bytes, the same gzipped once (browsers and CDNs ask for gzip,
 * and compressing on every hit would be per-request work that can be done once), its quoted strong ETag and the
 * headers that travel with it (Content-Type, Cache-Control, X-Total-Count, Link). Served until
 * {@code expiresAtNanos}, then until {@code staleUntilNanos} to all but the one request that claims to compute its
 * successor ({@link #claimRefresh()}). Both are {@link System#nanoTime()} readings: a step of the wall clock (a
 * virtual machine resumed and its clock set right) must not throw every answer away, nor keep one past its time.
 * Never served at or after {@code scheduledChangeMillis}, the wall-clock moment at which some article appears or
 * expires by itself (VisibilitySchedule), which is a moment of the calendar, not a duration.
 */
record CachedAnswer(
        Buffer body,
        Buffer gzipped,
        String etag,
        List<Map.Entry<CharSequence, CharSequence>> headers,
        long expiresAtNanos,
        long staleUntilNanos,
        long scheduledChangeMillis,
        AtomicBoolean refreshClaimed) {

    static CachedAnswer of(
            byte[] body,
            String etag,
            List<Map.Entry<CharSequence, CharSequence>> headers,
            long expiresAtNanos,
            long staleUntilNanos,
            long scheduledChangeMillis) {
        return new CachedAnswer(
                Buffer.buffer(body),
                Buffer.buffer(gzip(body)),
                etag,
                List.copyOf(headers),
                expiresAtNanos,
                Math.max(expiresAtNanos, staleUntilNanos),
                scheduledChangeMillis,
                new AtomicBoolean());
    }

    /** True for the first caller only: that request computes the next answer, the others keep this one. */
    boolean claimRefresh() {
        return refreshClaimed.compareAndSet(false, true);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The Content-Type it was stored with (JSON for all but the feed). */
    String contentType() {
        for (Map.Entry<CharSequence, CharSequence> header : headers) {
            if (header.getKey().toString().equalsIgnoreCase("Content-Type")) {
                return header.getValue().toString();
            }
        }
        return "application/json";
    }

    /** Roughly what the entry keeps in memory: both bodies, plus the headers and the entry itself. */
    int weight(String key) {
        int size = body.length() + gzipped.length() + key.length() * 2 + 256;
        for (Map.Entry<CharSequence, CharSequence> header : headers) {
            size += (header.getKey().length() + header.getValue().length()) * 2;
        }
        return size;
    }

    /** Whether the client takes gzip: a plain token check, since any q-value but 0 means yes. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return quality(parts) > 0; // "gzip; q=0" (with a space, or 0.0) refuses it
            }
        }
        return false;
    }

    /** The q parameter of a coding, 1 when absent; an unreadable one counts as 0. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
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
