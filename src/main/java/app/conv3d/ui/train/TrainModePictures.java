package app.conv3d.ui.train;

import app.conv3d.core.ClipPixels;
import app.conv3d.core.Volume;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Small pictures enlarged by a whole factor in code, each source pixel a block of its own colour, shown one to one:
 * JavaFX's software pipeline smooths an enlarged image whatever {@code setSmooth} says, and a 28-pixel feature slice
 * or a 32-pixel clip frame must stay crisp from the back row (as {@code ui.features.PixelCanvas} does for the stage).
 */
final class TrainModePictures {
    private TrainModePictures() {
    }

    /** Frame {@code t} of a clip in 0..255 as ARGB pixels. */
    static int[] frame(Volume clip, int t) {
        int[] argb = new int[clip.width() * clip.height()];
        int base = clip.index(t, 0, 0, 0);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = ClipPixels.argb(clip.data(), base + i * clip.channels(), clip.channels());
        }
        return argb;
    }

    /** {@code argb} (width x height) enlarged {@code scale} times into {@code image}, or a new image of that size. */
    static WritableImage enlarged(int[] argb, int width, int height, int scale, WritableImage image) {
        int tw = width * scale;
        int th = height * scale;
        WritableImage out = image != null && (int) image.getWidth() == tw && (int) image.getHeight() == th ? image
                : new WritableImage(tw, th);
        int[] big = new int[tw * th];
        for (int y = 0; y < th; y++) {
            int row = (y / scale) * width;
            for (int x = 0; x < tw; x++) {
                big[y * tw + x] = argb[row + x / scale];
            }
        }
        out.getPixelWriter().setPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), big, 0, tw);
        return out;
    }
}
