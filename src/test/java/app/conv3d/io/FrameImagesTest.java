package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameImagesTest {
    @Test
    void volumeFrameToImageAndBack() {
        float[] d = new float[2 * 2 * 3 * 3];
        for (int i = 0; i < d.length; i++) {
            d[i] = i * 7;
        }
        Volume v = new Volume(2, 2, 3, 3, d);
        BufferedImage img = FrameImages.toImage(v, 1);
        assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
        int i = v.index(1, 1, 2, 0);
        assertEquals((int) d[i] << 16 | (int) d[i + 1] << 8 | (int) d[i + 2], img.getRGB(2, 1) & 0xFFFFFF);
        RgbFrame back = FrameImages.toFrame(img);
        assertArrayEquals(FrameImages.frame(v, 1).rgb(), back.rgb());
        Volume stacked = FrameImages.toVolume(List.of(FrameImages.frame(v, 0), back));
        assertArrayEquals(d, stacked.data());
    }

    @Test
    void valuesAreRoundedAndClamped() {
        Volume v = new Volume(1, 1, 1, 3, new float[] {-5f, 127.6f, 300f});
        assertEquals(0x0080FF, FrameImages.toImage(v, 0).getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void grayVolumeBecomesGrayImage() {
        Volume v = new Volume(1, 1, 1, 1, new float[] {42f});
        assertEquals(0x2A2A2A, FrameImages.toImage(v, 0).getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void transparencyIsCompositedOverBlack() {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0x80FF0000);
        assertArrayEquals(new float[] {128f, 0f, 0f}, FrameImages.toFrame(img).rgb());
    }

    @Test
    void framesOfDifferentSizesDoNotStack() {
        RgbFrame a = new RgbFrame(1, 1, new float[3]);
        RgbFrame b = new RgbFrame(1, 2, new float[6]);
        assertThrows(InvalidSpecException.class, () -> FrameImages.toVolume(List.of(a, b)));
    }
}
