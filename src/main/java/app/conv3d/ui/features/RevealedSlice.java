package app.conv3d.ui.features;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.ValueRange;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints an output slice with the pixels the kernel has not reached yet left blank: transparent, so the
 * canvas's theme-coloured hatch shows there and "empty" never reads as a gray value, on a light or dark theme.
 */
final class RevealedSlice {
    static final int BLANK = 0x00000000;

    private WritableImage image;

    /** The slice's image; reuses its buffer while the size stays the same. */
    WritableImage paint(FeatureVolume features, int n, int t, FeatureDisplay display, ValueRange range,
            int revealed) {
        int w = features.width();
        int h = features.height();
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        int[] argb = display.argb(features, n, t, range);
        for (int i = Math.max(0, revealed); i < argb.length; i++) {
            argb[i] = BLANK;
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
