package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Converts between AWT images and the app's frames. Reading drops alpha by compositing over black;
 * writing rounds values and clamps them to 0..255.
 */
public final class FrameImages {
    private FrameImages() {
    }

    /** The image's pixels as 0..255 RGB floats; transparent pixels are composited over black. */
    public static RgbFrame toFrame(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        int[] row = new int[w];
        float[] rgb = new float[h * w * 3];
        for (int y = 0, o = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int a = alpha ? p >>> 24 : 255;
                rgb[o++] = over(p >> 16 & 0xFF, a);
                rgb[o++] = over(p >> 8 & 0xFF, a);
                rgb[o++] = over(p & 0xFF, a);
            }
        }
        return new RgbFrame(h, w, rgb);
    }

    private static float over(int c, int a) {
        return a == 255 ? c : Math.round(c * a / 255f);
    }

    /** Frame {@code t} of a 3-channel (RGB) or 1-channel (gray) volume as an opaque RGB image. */
    public static BufferedImage toImage(Volume volume, int t) {
        int c = volume.channels();
        if (c != 3 && c != 1) {
            throw new InvalidSpecException(IoTexts.text("frames.channels", c));
        }
        int w = volume.width();
        int h = volume.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        float[] d = volume.data();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = volume.index(t, y, x, 0);
                int r = byteOf(d[i]);
                int g = c == 3 ? byteOf(d[i + 1]) : r;
                int b = c == 3 ? byteOf(d[i + 2]) : r;
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        return image;
    }

    /** Equal-sized frames stacked into a 3-channel volume. */
    public static Volume toVolume(List<RgbFrame> frames) {
        if (frames.isEmpty()) {
            throw new InvalidSpecException(IoTexts.text("frames.none"));
        }
        RgbFrame first = frames.get(0);
        int size = first.rgb().length;
        float[] data = new float[Math.multiplyExact(frames.size(), size)];
        for (int t = 0; t < frames.size(); t++) {
            RgbFrame f = frames.get(t);
            if (f.height() != first.height() || f.width() != first.width()) {
                throw new InvalidSpecException(IoTexts.text("frames.size", t, f.height() + "x" + f.width(),
                        first.height() + "x" + first.width()));
            }
            System.arraycopy(f.rgb(), 0, data, t * size, size);
        }
        return new Volume(frames.size(), first.height(), first.width(), 3, data);
    }

    /** Frame {@code t} of a 3-channel volume as an RGB frame (a copy). */
    public static RgbFrame frame(Volume volume, int t) {
        if (volume.channels() != 3) {
            throw new InvalidSpecException(IoTexts.text("frames.rgb", volume.channels()));
        }
        int size = volume.height() * volume.width() * 3;
        float[] rgb = java.util.Arrays.copyOfRange(volume.data(), t * size, (t + 1) * size);
        return new RgbFrame(volume.height(), volume.width(), rgb);
    }

    static int byteOf(float v) {
        int i = Math.round(v);
        return i < 0 ? 0 : (i > 255 ? 255 : i);
    }
}
