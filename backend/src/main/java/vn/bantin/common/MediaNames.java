package vn.bantin.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows how media files are named: {@code <hash>.<ext>} for the stored original and
 * {@code <hash>-<width>.<ext>} for its variants, {@code <hash>} being the first 20 hex digits of the uploaded
 * bytes' SHA-256. Variants are the widths below that are narrower than the original: images are never upscaled.
 */
public final class MediaNames {
    public static final List<Integer> VARIANT_WIDTHS = List.of(400, 800, 1600);
    public static final String PATH = "/media/";
    public static final int HASH_DIGITS = 20;
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{20})(?:-(\\d{3,4}))?\\.(jpg|png|gif|webp|pdf)");
    private static final Pattern URL = Pattern.compile("/media/([0-9a-f]{20})\\.(jpg|png|gif|webp)");

    private MediaNames() {}

    public static String original(String hash, String extension) {
        return hash + "." + extension;
    }

    public static String variant(String hash, int width, String extension) {
        return hash + "-" + width + "." + extension;
    }

    public static boolean isWellFormed(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The hash of a stored file's name (its medium), or null. */
    public static String hashOf(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    /** An image of ours as a reader page shows it: its size and narrower copies, for srcset. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Image")
    public record Image(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "/media/3f9a0c2e7b1d4a5c6e8f.jpg")
            String url,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "2048")
            int width,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "1365")
            int height,

            List<Variant> variants) {}

    /** The image at a URL of ours with its known size, or null (another site's URL, or a size not known). */
    public static Image image(String url, Integer width, Integer height) {
        return isImageUrl(url) && width != null && height != null
                ? new Image(url, width, height, variants(url, width))
                : null;
    }

    /** A variant's URL and width. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MediaVariant")
    public record Variant(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "800")
            int width,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "/media/3f9a0c2e7b1d4a5c6e8f-800.jpg")
            String url) {}

    /**
     * The variants of an original image of this width, narrowest first, for srcset; none for anything that is
     * not the URL of one of our images. GIFs keep their original (animation) and have PNG variants.
     */
    public static List<Variant> variants(String url, Integer width) {
        List<Variant> variants = new ArrayList<>();
        Matcher m = url == null || width == null ? null : URL.matcher(url);
        if (m == null || !m.matches()) {
            return variants;
        }
        String extension = m.group(2).equals("gif") ? "png" : m.group(2);
        for (int w : VARIANT_WIDTHS) {
            if (w < width) {
                variants.add(new Variant(w, PATH + variant(m.group(1), w, extension)));
            }
        }
        return variants;
    }

    /** Whether a URL names one of our images. */
    public static boolean isImageUrl(String url) {
        return url != null && URL.matcher(url).matches();
    }

    /** The public file name in a /media/ URL, or null. */
    public static String nameOf(String url) {
        return url != null && url.startsWith(PATH) && isWellFormed(url.substring(PATH.length()))
                ? url.substring(PATH.length())
                : null;
    }
}
