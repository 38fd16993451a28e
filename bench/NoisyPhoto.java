import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** A photo-like JPEG for bench/media.sh: smooth colour with grain, so that JPEG sizes are those of real photos. */
public class NoisyPhoto {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        Random random = new Random(20241210);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(48) - 24;
                int r = clamp(120 + 100 * x / width + grain);
                int g = clamp(90 + 80 * y / height + grain);
                int b = clamp(60 + 40 * (x + y) / (width + height) + grain);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ImageIO.write(image, "jpg", new File(args[0]));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
