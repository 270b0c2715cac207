package app.conv3d.io;

import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-colour frames (the input clip) as a looping GIF: one median-cut palette of 256 colours shared by
 * all frames, so colours do not flicker between frames, and Floyd-Steinberg dithering onto it.
 */
public final class RgbGif {
    private RgbGif() {
    }

    public static void write(Path target, List<BufferedImage> frames, int delayMs) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a GIF needs at least one frame");
        }
        int w = frames.get(0).getWidth();
        int h = frames.get(0).getHeight();
        List<int[]> pixels = new ArrayList<>(frames.size());
        for (BufferedImage f : frames) {
            if (f.getWidth() != w || f.getHeight() != h) {
                throw new IllegalArgumentException("all GIF frames need one size: " + w + "x" + h + " and "
                        + f.getWidth() + "x" + f.getHeight() + " differ");
            }
            pixels.add(f.getRGB(0, 0, w, h, null, 0, w));
        }
        int[] palette = MedianCutPalette.of(pixels, 256);
        List<byte[]> indexed = new ArrayList<>(frames.size());
        for (int[] p : pixels) {
            indexed.add(FloydSteinberg.dither(p, w, h, palette));
        }
        IndexedGif.write(target, indexed, w, h, palette, delayMs);
    }

    /** Every frame of a 3- or 1-channel clip. */
    public static void write(Path target, Volume clip, int delayMs) throws IOException {
        List<BufferedImage> frames = new ArrayList<>(clip.frames());
        for (int t = 0; t < clip.frames(); t++) {
            frames.add(FrameImages.toImage(clip, t));
        }
        write(target, frames, delayMs);
    }
}
