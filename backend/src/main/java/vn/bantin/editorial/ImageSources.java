package vn.bantin.editorial;

import java.util.regex.Pattern;

/**
 * Where an image in an article (body, cover) or an author's avatar may come from: http(s) anywhere, or a file of
 * this site's media library. No other scheme (javascript:, data:), no protocol-relative URL.
 */
final class ImageSources {
    static final Pattern PATTERN = Pattern.compile("(?i)(https?://\\S+|/media/[A-Za-z0-9._-]+)");

    private ImageSources() {}

    static boolean isAllowed(String url) {
        return PATTERN.matcher(url).matches();
    }
}
