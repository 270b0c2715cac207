package app.conv3d.ui;

import app.conv3d.core.ClipPixels;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.ValueRange;
import app.conv3d.core.Volume;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Volumes and features as JavaFX images: the one place views turn numbers into pixels. */
public final class FxImages {
    private FxImages() {
    }

    /** Frame {@code t} of {@code volume} as an image; one channel shows as gray, three as RGB. */
    public static WritableImage frame(Volume volume, int t) {
        WritableImage image = new WritableImage(volume.width(), volume.height());
        writeFrame(volume, t, image);
        return image;
    }

    /**
     * Frame {@code t} of {@code volume} as opaque ARGB pixels (so premultiplied too), row-major, each pixel a block of
     * {@code factor x factor}: straight from the numbers, no image to convert through.
     */
    public static int[] frameArgb(Volume volume, int t, int factor) {
        int w = volume.width();
        int h = volume.height();
        int channels = volume.channels();
        float[] data = volume.data();
        int bw = w * factor;
        int[] argb = new int[bw * h * factor];
        int base = volume.index(t, 0, 0, 0);
        for (int y = 0; y < h; y++) {
            int out = y * factor * bw;
            for (int x = 0; x < w; x++) {
                int colour = ClipPixels.argb(data, base + (y * w + x) * channels, channels);
                for (int k = 0; k < factor; k++) {
                    argb[out + x * factor + k] = colour;
                }
            }
            for (int k = 1; k < factor; k++) {
                System.arraycopy(argb, out, argb, out + k * bw, bw);
            }
        }
        return argb;
    }

    /**
     * Frame {@code t} enlarged {@code factor} times (see {@link #frameArgb}) as an image over its own pixels, in the
     * renderers' premultiplied ARGB: nothing converts them on the FX thread or when the renderer makes its texture.
     * Read-only (no pixel writer).
     */
    public static Image frameImage(Volume volume, int t, int factor) {
        int[] argb = frameArgb(volume, t, factor);
        return new WritableImage(new PixelBuffer<>(volume.width() * factor, volume.height() * factor,
                IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance()));
    }

    /** Writes frame {@code t} into {@code image}, which must be the volume's width x height. */
    public static void writeFrame(Volume volume, int t, WritableImage image) {
        int w = volume.width();
        int h = volume.height();
        int channels = volume.channels();
        float[] data = volume.data();
        int[] argb = new int[w * h];
        int base = volume.index(t, 0, 0, 0);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = ClipPixels.argb(data, base + i * channels, channels);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    }

    /** Output slice (n, t) coloured by {@code display} over {@code range}. */
    public static WritableImage featureSlice(FeatureVolume features, int n, int t, FeatureDisplay display,
            ValueRange range) {
        WritableImage image = new WritableImage(features.width(), features.height());
        writeFeatureSlice(features, n, t, display, range, image);
        return image;
    }

    /** Writes output slice (n, t) into {@code image}, which must be the features' width x height. */
    public static void writeFeatureSlice(FeatureVolume features, int n, int t, FeatureDisplay display,
            ValueRange range, WritableImage image) {
        int[] argb = display.argb(features, n, t, range);
        image.getPixelWriter().setPixels(0, 0, features.width(), features.height(),
                PixelFormat.getIntArgbInstance(), argb, 0, features.width());
    }
}
