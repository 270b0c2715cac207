package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.count;
import static app.conv3d.ui.volume.FxTestSupport.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flat view's faint faces, blended into one layer, and its pictures of a rolling clip. */
class IsometricGlassTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxTestSupport.startHeadless();
    }

    @Test
    void aClipMovedOnByOneFrameLooksAsIfDrawnAfresh() throws Exception {
        Volume stream = TestVolumes.movingBall(17, 48);
        Volume before = frames(stream, 0, 16);
        Volume after = frames(stream, 1, 16);
        int[] rolled = FxTestSupport.argb(picture(view -> {
            view.volumeProperty().set(before);
            view.getScene().snapshot(null);
            view.volumeProperty().set(after);
        }));
        int[] fresh = FxTestSupport.argb(picture(view -> view.volumeProperty().set(after)));
        assertArrayEquals(fresh, rolled);
    }

    @Test
    void elevenGlassFacesInFrontTintTheFramesTheKernelReads() throws Exception {
        // frames 0-10 blue glass in front of frames 11-15, green, which the kernel reads
        Volume volume = TestVolumes.checkerboard(16, 32, 32, 1000);
        float[] data = volume.data().clone();
        int frameSize = 32 * 32 * 3;
        for (int i = 0; i < data.length; i += 3) {
            boolean glass = i / frameSize < 11;
            data[i] = 0;
            data[i + 1] = glass ? 0 : 255;
            data[i + 2] = glass ? 255 : 0;
        }
        Volume coloured = new Volume(16, 32, 32, 3, data);
        var shot = picture(view -> view.volumeProperty().set(coloured));
        FxTestSupport.save(shot, "volume-2d-glass");
        int[] pixels = FxTestSupport.argb(shot);
        // green under eleven blends of blue at 9 %: green x 0.91^11 = 90, blue x (1 - 0.91^11) = 165
        int tinted = count(pixels, FxTestSupport.near(0, 90, 165, 8));
        assertTrue(tinted > 20_000, "the front face shows green through eleven glass faces: " + tinted);
        int middle = pixels[300 * 900 + 450];
        assertTrue(FxTestSupport.near(0, 90, 165, 8).test(middle), "the middle: " + Integer.toHexString(middle));
    }

    /** The flat view at 900x640, the kernel reading frames 11-15, after {@code show}. */
    private static WritableImage picture(Consumer<VolumeView> show) throws Exception {
        return onFx(() -> {
            VolumeView view = new IsometricVolumeView();
            Scene scene = new Scene(view, 900, 640);
            view.fieldProperty().set(TestVolumes.field(11, 0, 0, 5));
            view.applyCss();
            view.layout();
            show.accept(view);
            view.layout();
            return scene.snapshot(null);
        });
    }

    private static Volume frames(Volume v, int first, int count) {
        int size = v.height() * v.width() * v.channels();
        float[] data = Arrays.copyOfRange(v.data(), first * size, (first + count) * size);
        return new Volume(count, v.height(), v.width(), v.channels(), data);
    }
}
