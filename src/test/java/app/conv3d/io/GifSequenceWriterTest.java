package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifSequenceWriterTest {
    @TempDir
    Path dir;

    static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    @Test
    void writesLoopingAnimationWithDelays() throws IOException {
        Path p = dir.resolve("a.gif");
        AtomicFiles.write(p, out -> {
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out);
                    GifSequenceWriter gif = new GifSequenceWriter(ios)) {
                gif.writeFrame(solid(7, 5, 0xFF0000), 100);
                gif.writeFrame(solid(7, 5, 0x00FF00), 125);
                gif.writeFrame(solid(7, 5, 0x0000FF), 40);
            }
        });
        GifInspector g = GifInspector.read(p);
        assertEquals(3, g.frames().size());
        assertEquals(List.of(10, 13, 4), g.delays());
        assertTrue(g.loopsForever());
        assertEquals(7, g.screenWidth());
        assertEquals(5, g.screenHeight());
        assertEquals(0x0000FF, g.frames().get(2).getRGB(3, 3) & 0xFFFFFF);
    }

    @Test
    void delaysRoundToCentiseconds() {
        assertEquals(1, GifSequenceWriter.centiseconds(0));
        assertEquals(1, GifSequenceWriter.centiseconds(14));
        assertEquals(2, GifSequenceWriter.centiseconds(15));
        assertEquals(13, GifSequenceWriter.centiseconds(125));
        assertEquals(65535, GifSequenceWriter.centiseconds(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> GifSequenceWriter.centiseconds(-1));
    }
}
