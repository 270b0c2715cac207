package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF whose frames are palette indices into one given palette of up to 256 colours, so the
 * file holds exactly those colours: no quantisation, no dithering.
 */
public final class IndexedGif {
    /** The largest side a GIF export may have, in pixels. */
    public static final int MAX_SIDE = 8192;

    private IndexedGif() {
    }

    /**
     * Writes {@code frames} (each {@code width*height} palette indices, row-major) as a looping GIF.
     *
     * @param palette opaque RGB or ARGB colours (alpha is ignored), 1..256 entries
     */
    public static void write(Path target, List<byte[]> frames, int width, int height, int[] palette, int delayMs)
            throws IOException {
        write(target, frames, width, height, palette, delayMs, ExportProgress.NONE);
    }

    /** As {@link #write(Path, List, int, int, int[], int)}, reporting each frame and stopping when cancelled. */
    public static void write(Path target, List<byte[]> frames, int width, int height, int[] palette, int delayMs,
            ExportProgress progress) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a GIF needs at least one frame");
        }
        write(target, frames.size(), frames::get, width, height, palette, delayMs, progress);
    }

    /**
     * Writes {@code count} frames made one at a time by {@code frame} (called in order 0, 1, ..., inside
     * the atomic write, so only one frame need exist at once). Progress is reported after each frame;
     * a cancellation or a failure of {@code frame} leaves no file.
     */
    public static void write(Path target, int count, IntFunction<byte[]> frame, int width, int height,
            int[] palette, int delayMs, ExportProgress progress) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("a GIF needs at least one frame");
        }
        checkSize(width, height);
        GifSequenceWriter.centiseconds(delayMs);
        IndexColorModel model = colorModel(palette);
        progress.checkCancelled();
        AtomicFiles.write(target, out -> {
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out);
                    GifSequenceWriter gif = new GifSequenceWriter(ios)) {
                for (int t = 0; t < count; t++) {
                    byte[] f = frame.apply(t);
                    if (f.length != width * height) {
                        throw new IllegalArgumentException("a " + width + "x" + height + " frame needs "
                                + width * height + " indices, got " + f.length);
                    }
                    progress.checkCancelled();
                    gif.writeFrame(image(f, width, height, model), delayMs);
                    progress.step(t + 1, count);
                }
            }
        });
    }

    /** GIF sizes are 16-bit; anything near that is a mistake (a scale typed wrong), not a picture. */
    static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new InvalidSpecException(IoTexts.text("export.gifSize", MAX_SIDE, width + "x" + height));
        }
    }

    /** Each index of a {@code width x height} frame as a {@code scale x scale} block. */
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

    static IndexColorModel colorModel(int[] palette) {
        if (palette.length < 1 || palette.length > 256) {
            throw new IllegalArgumentException("a GIF palette holds 1..256 colours, got " + palette.length);
        }
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        return new IndexColorModel(8, palette.length, r, g, b);
    }

    static BufferedImage image(byte[] indices, int width, int height, IndexColorModel model) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        img.getRaster().setDataElements(0, 0, width, height, indices);
        return img;
    }
}
