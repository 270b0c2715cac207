package app.conv3d.io;

import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Full-colour frames (the input clip) as a looping GIF: one median-cut palette of 256 colours shared by
 * all frames, so colours do not flicker between frames, and Floyd-Steinberg dithering onto it. With a
 * scale, each frame is dithered at its own size and then every pixel drawn as a {@code scale x scale}
 * block, so enlarging adds no dither noise. Alpha is ignored.
 */
public final class RgbGif {
    /** The share of the progress the palette takes; dithering and writing the frames take the rest. */
    private static final double PALETTE_SHARE = 0.1;

    private RgbGif() {
    }

    public static void write(Path target, List<BufferedImage> frames, int delayMs) throws IOException {
        write(target, frames, delayMs, 1, ExportProgress.NONE);
    }

    /** All frames must have one size; each is enlarged {@code scale} times (1..{@value FeatureGif#MAX_SCALE}). */
    public static void write(Path target, List<BufferedImage> frames, int delayMs, int scale,
            ExportProgress progress) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a GIF needs at least one frame");
        }
        FeatureGif.checkScale(scale);
        int w = frames.get(0).getWidth();
        int h = frames.get(0).getHeight();
        IndexedGif.checkSize(w * scale, h * scale);
        List<int[]> pixels = new ArrayList<>(frames.size());
        for (BufferedImage f : frames) {
            checkSameSize(w, h, f);
            pixels.add(f.getRGB(0, 0, w, h, null, 0, w));
        }
        progress.checkCancelled();
        int[] palette = MedianCutPalette.of(pixels, 256);
        progress.part(0, PALETTE_SHARE).step(1, 1);
        write(target, pixels.size(), pixels::get, w, h, palette, delayMs, scale, progress);
    }

    /** Every frame of a 3- or 1-channel clip. */
    public static void write(Path target, Volume clip, int delayMs) throws IOException {
        write(target, clip, delayMs, 1, ExportProgress.NONE);
    }

    /** Every frame of a 3- or 1-channel clip, each pixel drawn as a {@code scale x scale} block. */
    public static void write(Path target, Volume clip, int delayMs, int scale, ExportProgress progress)
            throws IOException {
        List<BufferedImage> frames = new ArrayList<>(clip.frames());
        for (int t = 0; t < clip.frames(); t++) {
            frames.add(FrameImages.toImage(clip, t));
        }
        write(target, frames, delayMs, scale, progress);
    }

    /**
     * Dithers and writes {@code count} frames of 0xRRGGBB pixels onto {@code palette}, one at a time:
     * {@code pixels} is called in order, inside the atomic write. Reports the part of the progress after
     * the palette.
     */
    static void write(Path target, int count, IntFunction<int[]> pixels, int w, int h, int[] palette, int delayMs,
            int scale, ExportProgress progress) throws IOException {
        NearestColor nearest = new NearestColor(palette);
        IndexedGif.write(target, count,
                t -> IndexedGif.enlarge(FloydSteinberg.dither(pixels.apply(t), w, h, nearest), w, h, scale),
                w * scale, h * scale, palette, delayMs, progress.part(PALETTE_SHARE, 1));
    }

    static void checkSameSize(int w, int h, BufferedImage f) {
        if (f.getWidth() != w || f.getHeight() != h) {
            throw new IllegalArgumentException("all GIF frames need one size: " + w + "x" + h + " and "
                    + f.getWidth() + "x" + f.getHeight() + " differ");
        }
    }
}
