package app.conv3d.io;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.ValueRange;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Feature slices as PNG: one slice, or a montage of all of one kernel's time steps in a grid. Colours
 * come from the display over the whole kernel volume, exactly as in the app and the GIF; each value is
 * drawn as a {@code scale x scale} block.
 */
public final class FeaturePng {
    private FeaturePng() {
    }

    public static void writeSlice(Path target, FeatureVolume features, int kernel, int t, FeatureDisplay display,
            int scale) throws IOException {
        check(features, kernel, scale);
        if (t < 0 || t >= features.frames()) {
            throw new InvalidSpecException(IoTexts.text("export.noStep", t, features.frames()));
        }
        BufferedImage img = new BufferedImage(features.width() * scale, features.height() * scale,
                BufferedImage.TYPE_INT_RGB);
        draw(img, features, kernel, t, display, display.displayRange(features, kernel), scale, 0, 0);
        PngFiles.write(target, img);
    }

    /**
     * All time steps of one kernel, left to right then top to bottom, {@code columns} per row, separated
     * by {@code gap} pixels of white.
     */
    public static void writeMontage(Path target, FeatureVolume features, int kernel, FeatureDisplay display,
            int scale, int columns, int gap) throws IOException {
        check(features, kernel, scale);
        if (columns < 1 || gap < 0 || gap > 64) {
            throw new InvalidSpecException(IoTexts.text("export.montage"));
        }
        int cols = Math.min(columns, features.frames());
        int rows = (features.frames() + cols - 1) / cols;
        int cellW = features.width() * scale;
        int cellH = features.height() * scale;
        BufferedImage img = new BufferedImage(cols * cellW + (cols - 1) * gap, rows * cellH + (rows - 1) * gap,
                BufferedImage.TYPE_INT_RGB);
        int[] white = new int[img.getWidth()];
        java.util.Arrays.fill(white, 0xFFFFFF);
        for (int y = 0; y < img.getHeight(); y++) {
            img.setRGB(0, y, img.getWidth(), 1, white, 0, img.getWidth());
        }
        ValueRange range = display.displayRange(features, kernel);
        for (int t = 0; t < features.frames(); t++) {
            draw(img, features, kernel, t, display, range, scale, (t % cols) * (cellW + gap), (t / cols) * (cellH + gap));
        }
        PngFiles.write(target, img);
    }

    private static void check(FeatureVolume features, int kernel, int scale) {
        if (kernel < 0 || kernel >= features.kernels()) {
            throw new InvalidSpecException(IoTexts.text("export.noKernel", kernel, features.kernels()));
        }
        if (scale < 1 || scale > FeatureGif.MAX_SCALE) {
            throw new InvalidSpecException(IoTexts.text("export.scale", FeatureGif.MAX_SCALE, scale));
        }
    }

    private static void draw(BufferedImage img, FeatureVolume f, int kernel, int t, FeatureDisplay display,
            ValueRange range, int scale, int left, int top) {
        int[] argb = display.argb(f, kernel, t, range);
        int w = f.width();
        for (int y = 0; y < f.height() * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                img.setRGB(left + x, top + y, argb[(y / scale) * w + x / scale]);
            }
        }
    }
}
