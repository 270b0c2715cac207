package app.conv3d.io;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF whose frames are palette indices into one given palette of up to 256 colours, so the
 * file holds exactly those colours: no quantisation, no dithering.
 */
public final class IndexedGif {
    private IndexedGif() {
    }

    /**
     * Writes {@code frames} (each {@code width*height} palette indices, row-major) as a looping GIF.
     *
     * @param palette opaque RGB or ARGB colours (alpha is ignored), 1..256 entries
     */
    public static void write(Path target, List<byte[]> frames, int width, int height, int[] palette, int delayMs)
            throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a GIF needs at least one frame");
        }
        IndexColorModel model = colorModel(palette);
        for (byte[] f : frames) {
            if (f.length != width * height) {
                throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + width * height
                        + " indices, got " + f.length);
            }
        }
        AtomicFiles.write(target, out -> {
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out);
                    GifSequenceWriter gif = new GifSequenceWriter(ios)) {
                for (byte[] f : frames) {
                    gif.writeFrame(image(f, width, height, model), delayMs);
                }
            }
        });
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
