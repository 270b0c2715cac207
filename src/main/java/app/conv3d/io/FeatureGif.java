package app.conv3d.io;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.ValueRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One kernel's feature volume as a looping GIF, one frame per output time step, in the display's
 * colormap. The normalisation range is taken over the whole kernel volume (as every view does), and the
 * GIF palette is the colormap itself, so each pixel has exactly the colour the app shows.
 */
public final class FeatureGif {
    public static final int MAX_SCALE = 32;

    private FeatureGif() {
    }

    public static void write(Path target, FeatureVolume features, int kernel, FeatureDisplay display, int delayMs)
            throws IOException {
        write(target, features, kernel, display, delayMs, 1);
    }

    /**
     * As {@link #write(Path, FeatureVolume, int, FeatureDisplay, int)}, each feature value drawn as a
     * {@code scale x scale} block: whole-pixel enlargement keeps every value one flat, exact colour.
     */
    public static void write(Path target, FeatureVolume features, int kernel, FeatureDisplay display, int delayMs,
            int scale) throws IOException {
        if (kernel < 0 || kernel >= features.kernels()) {
            throw new InvalidSpecException("kernel " + kernel + " does not exist: the features have "
                    + features.kernels() + " kernel(s)");
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new InvalidSpecException("scale must be 1.." + MAX_SCALE + ", got " + scale);
        }
        ValueRange range = display.displayRange(features, kernel);
        List<byte[]> frames = new ArrayList<>(features.frames());
        for (int t = 0; t < features.frames(); t++) {
            frames.add(enlarge(display.levels(features, kernel, t, range), features.width(), features.height(), scale));
        }
        IndexedGif.write(target, frames, features.width() * scale, features.height() * scale,
                display.colormap().palette(), delayMs);
    }

    static byte[] enlarge(byte[] levels, int width, int height, int scale) {
        if (scale == 1) {
            return levels;
        }
        int outW = width * scale;
        byte[] out = new byte[levels.length * scale * scale];
        for (int y = 0; y < height * scale; y++) {
            int src = (y / scale) * width;
            for (int x = 0; x < outW; x++) {
                out[y * outW + x] = levels[src + x / scale];
            }
        }
        return out;
    }
}
