package vn.bantin.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader pages' Content-Security-Policy, made from the built site itself: scripts, styles and fonts only from
 * the site, the inline critical CSS that the build puts in index.html allowed by its hash, API calls to the site
 * and to the API address config.json names, images from the site, https and data: (the empty favicon). No
 * plugins, no framing by other sites, no form or base tag pointing elsewhere.
 */
final class ContentSecurityPolicy {
    private static final Pattern INLINE_STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private ContentSecurityPolicy() {}

    static String of(Path siteDir) {
        try {
            String index = Files.readString(siteDir.resolve("index.html"), StandardCharsets.UTF_8);
            Set<String> styles = new LinkedHashSet<>();
            styles.add("'self'");
            Matcher m = INLINE_STYLE.matcher(index);
            while (m.find()) {
                styles.add("'sha256-" + sha256(m.group(1)) + "'");
            }
            Set<String> connect = new LinkedHashSet<>();
            connect.add("'self'");
            apiOrigin(siteDir.resolve("config.json"), connect);
            return "default-src 'self'; script-src 'self'; style-src " + String.join(" ", styles)
                    + "; img-src 'self' https: data:; font-src 'self'; connect-src " + String.join(" ", connect)
                    + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void apiOrigin(Path config, Set<String> connect) throws IOException {
        if (!Files.isRegularFile(config)) {
            return;
        }
        JsonNode base = new ObjectMapper().readTree(config.toFile()).path("apiBaseUrl");
        if (base.isTextual() && base.asText().startsWith("http")) {
            URI uri = URI.create(base.asText());
            connect.add(uri.getScheme() + "://" + uri.getAuthority());
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
