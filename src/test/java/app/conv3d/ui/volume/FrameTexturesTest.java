package app.conv3d.ui.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Volume;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small frames become big textures whose pixels are exact copies: no blur between neighbours. */
class FrameTexturesTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startHeadless();
    }

    @Test
    void tinyFrameIsUpscaledNearestNeighbour() throws Exception {
        Volume volume = TestVolumes.checkerboard(2, 12, 12, 1);
        Image texture = FxTestSupport.onFx(() -> FrameTextures.texture(volume, 1));
        int f = FrameTextures.factor(12, 12);
        assertEquals(12 * f, (int) texture.getWidth());
        assertEquals(12 * f, (int) texture.getHeight());
        PixelReader pixels = texture.getPixelReader();
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 12; x++) {
                int expected = 0xFF000000 | (int) volume.get(1, y, x, 0) << 16 | (int) volume.get(1, y, x, 1) << 8
                        | (int) volume.get(1, y, x, 2);
                // Every texel of the block, corners included, carries the source pixel's exact colour.
                assertEquals(expected, pixels.getArgb(x * f, y * f));
                assertEquals(expected, pixels.getArgb(x * f + f - 1, y * f + f - 1));
            }
        }
    }

    @Test
    void aFullSizeFrameIsDoubledSoTheStageDoesNotBlurIt() throws Exception {
        Volume volume = TestVolumes.checkerboard(1, 256, 256, 32);
        Image texture = FxTestSupport.onFx(() -> FrameTextures.texture(volume, 0));
        assertEquals(512, (int) texture.getWidth());
        assertEquals(512, (int) texture.getHeight());
    }

    @Test
    void largeFrameIsUsedAsItIs() throws Exception {
        Volume volume = TestVolumes.checkerboard(1, 512, 640, 32);
        Image texture = FxTestSupport.onFx(() -> FrameTextures.texture(volume, 0));
        assertEquals(640, (int) texture.getWidth());
    }

    @Test
    void theLongSideDecides() {
        assertEquals(11, FrameTextures.factor(4, 50), "50 x 11 reaches 512; 4 x 11 is small, and stays so");
        assertEquals(1, FrameTextures.factor(4, 1000));
    }
}
