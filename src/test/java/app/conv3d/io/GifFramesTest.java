package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.io.GifSequenceWriter.Disposal;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifFramesTest {
    static final int RED = 0xFF0000;
    static final int GREEN = 0x00FF00;
    static final int BLUE = 0x0000FF;
    static final int WHITE = 0xFFFFFF;

    @TempDir
    Path dir;

    /** A 2x1 image whose left pixel is transparent and right pixel white. */
    static BufferedImage halfTransparent() {
        IndexColorModel icm = new IndexColorModel(8, 2, new byte[] {0, -1}, new byte[] {0, -1},
                new byte[] {0, -1}, 0);
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED, icm);
        img.getRaster().setDataElements(0, 0, 2, 1, new byte[] {0, 1});
        return img;
    }

    /** Four frames exercising offsets, every disposal method and transparency on a 4x4 screen. */
    static Path writeTricky(Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out);
                    GifSequenceWriter gif = new GifSequenceWriter(ios)) {
                gif.writeFrame(GifSequenceWriterTest.solid(4, 4, RED), 100, 0, 0, Disposal.DO_NOT_DISPOSE);
                gif.writeFrame(GifSequenceWriterTest.solid(2, 2, GREEN), 100, 1, 1, Disposal.RESTORE_TO_PREVIOUS);
                gif.writeFrame(GifSequenceWriterTest.solid(1, 1, BLUE), 100, 0, 0, Disposal.RESTORE_TO_BACKGROUND);
                gif.writeFrame(halfTransparent(), 100, 0, 0, Disposal.NONE);
            }
        });
        return file;
    }

    @Test
    void compositesOffsetsDisposalAndTransparency() throws IOException {
        List<RgbFrame> frames = GifFrames.read(writeTricky(dir.resolve("t.gif")), 100);
        assertEquals(4, frames.size());
        for (RgbFrame f : frames) {
            assertEquals(4, f.width());
            assertEquals(4, f.height());
        }
        assertPixels(frames.get(0), (x, y) -> RED);
        assertPixels(frames.get(1), (x, y) -> x >= 1 && x <= 2 && y >= 1 && y <= 2 ? GREEN : RED);
        // Green was restored to what was there before: red; blue is drawn at the corner.
        assertPixels(frames.get(2), (x, y) -> x == 0 && y == 0 ? BLUE : RED);
        // Blue was cleared to transparent (shown black); the transparent pixel lets it show, white covers (1,0).
        assertPixels(frames.get(3), (x, y) -> x == 0 && y == 0 ? 0 : (x == 1 && y == 0 ? WHITE : RED));
    }

    @Test
    void stopsAtMaxFrames() throws IOException {
        assertEquals(2, GifFrames.read(writeTricky(dir.resolve("t.gif")), 2).size());
    }

    @Test
    void corruptGifNamesTheFile() throws IOException {
        Path p = dir.resolve("bad.gif");
        Files.write(p, "GIF89a garbage that is no image".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        BadInputException e = assertThrows(BadInputException.class, () -> GifFrames.read(p, 16));
        assertTrue(e.getMessage().startsWith(p + ": not a readable GIF"), e.getMessage());
    }

    interface Expected {
        int rgb(int x, int y);
    }

    static void assertPixels(RgbFrame f, Expected expected) {
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                int i = (y * f.width() + x) * 3;
                int actual = (int) f.rgb()[i] << 16 | (int) f.rgb()[i + 1] << 8 | (int) f.rgb()[i + 2];
                assertEquals(String.format("%06x", expected.rgb(x, y)), String.format("%06x", actual),
                        "pixel " + x + "," + y);
            }
        }
    }
}
