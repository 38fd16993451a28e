package vn.bantin.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import vn.bantin.common.MediaNames;

/**
 * Image work, by Thumbnailator on ImageIO (TwelveMonkeys adds WebP and sturdier JPEG): the size read from the
 * header before anything is decoded, then one decode that applies the EXIF orientation, and new files written
 * from the pixels alone, so no metadata (GPS position, camera serial) survives. JPEG stays JPEG; PNG, GIF and
 * anything with transparency become PNG. An animated GIF keeps its original bytes (re-encoding would stop it)
 * and gets PNG variants.
 */
final class Images {
    private static final float JPEG_QUALITY = 0.88f;

    static {
        ImageIO.scanForPlugins(); // the plugins of the application's class loader, not only the JDK's
        ImageIO.setUseCache(false); // no temporary files: images are in memory anyway
    }

    private Images() {}

    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    record Encoded(int width, int height, String extension, String contentType, byte[] data) {}

    record Processed(Encoded original, List<Encoded> variants) {}

    /** The size the file's header declares, without decoding the pixels. */
    static Size declaredSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no reader for this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    static Processed process(Path file, Kind kind) throws IOException {
        BufferedImage image =
                Thumbnails.of(file.toFile()).scale(1.0).useExifOrientation(true).asBufferedImage();
        boolean png =
                kind == Kind.PNG || kind == Kind.GIF || image.getColorModel().hasAlpha();
        Encoded original = kind == Kind.GIF
                ? new Encoded(
                        image.getWidth(), image.getHeight(), "gif", Kind.GIF.contentType, Files.readAllBytes(file))
                : encode(image, image.getWidth(), png);
        List<Encoded> variants = new ArrayList<>();
        for (int width : MediaNames.VARIANT_WIDTHS) {
            if (width < image.getWidth()) {
                variants.add(encode(image, width, png));
            }
        }
        return new Processed(original, variants);
    }

    private static Encoded encode(BufferedImage image, int width, boolean png) throws IOException {
        BufferedImage source = png ? image : opaque(image);
        BufferedImage scaled = width == image.getWidth()
                ? source
                : Thumbnails.of(source).width(width).asBufferedImage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.of(scaled)
                .scale(1.0)
                .outputFormat(png ? "png" : "jpg")
                .outputQuality(png ? 1.0f : JPEG_QUALITY)
                .toOutputStream(out);
        Kind kind = png ? Kind.PNG : Kind.JPEG;
        return new Encoded(scaled.getWidth(), scaled.getHeight(), kind.extension, kind.contentType, out.toByteArray());
    }

    /** JPEG has no transparency: paint the image on white first. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
