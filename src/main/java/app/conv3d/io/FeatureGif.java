package app.conv3d.io;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.ValueRange;
import java.io.IOException;
import java.nio.file.Path;

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
        write(target, features, kernel, display, delayMs, scale, ExportProgress.NONE);
    }

    /** As {@link #write(Path, FeatureVolume, int, FeatureDisplay, int, int)}, with progress and cancel. */
    public static void write(Path target, FeatureVolume features, int kernel, FeatureDisplay display, int delayMs,
            int scale, ExportProgress progress) throws IOException {
        checkKernel(features, kernel);
        checkScale(scale);
        ValueRange range = display.displayRange(features, kernel);
        int w = features.width();
        int h = features.height();
        IndexedGif.write(target, features.frames(),
                t -> IndexedGif.enlarge(display.levels(features, kernel, t, range), w, h, scale),
                w * scale, h * scale, display.colormap().palette(), delayMs, progress);
    }

    static void checkKernel(FeatureVolume features, int kernel) {
        if (kernel < 0 || kernel >= features.kernels()) {
            throw new InvalidSpecException(IoTexts.text("export.noKernel", kernel, features.kernels()));
        }
    }

    static void checkScale(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new InvalidSpecException(IoTexts.text("export.scale", MAX_SCALE, scale));
        }
    }
}
