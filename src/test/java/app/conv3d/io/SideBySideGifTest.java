package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Normalization;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideBySideGifTest {
    @TempDir
    Path dir;

    @Test
    void validPaddingPairsEachOutputStepWithTheCentreOfItsReceptiveField() {
        ConvShape valid = ConvSpec.VALID.shape(new Axis3(16, 24, 20), ExportFixtures.KERNEL);
        assertEquals(12, valid.output().t());
        for (int t = 0; t < 12; t++) {
            assertEquals(t + 2, SideBySideGif.inputFrame(valid, t));
        }
        ConvShape same = ConvSpec.VALID.withPadding(Padding.SAME).shape(new Axis3(16, 24, 20), ExportFixtures.KERNEL);
        for (int t = 0; t < 16; t++) {
            assertEquals(t, SideBySideGif.inputFrame(same, t));
        }
        ConvShape strided = ConvSpec.VALID.withStride(new Axis3(2, 1, 1)).withDilation(new Axis3(2, 1, 1))
                .shape(new Axis3(16, 24, 20), new Axis3(3, 3, 3));
        assertEquals(6, strided.output().t()); // span 5: floor((16 - 5) / 2) + 1
        assertEquals(List.of(2, 4, 6, 8, 10, 12),
                java.util.stream.IntStream.range(0, 6).map(t -> SideBySideGif.inputFrame(strided, t)).boxed().toList());
    }

    @Test
    void framesShowTheInputFrameNextToTheFeatureSlice() throws IOException {
        Volume clip = ExportFixtures.clip(16);
        ConvShape shape = ExportFixtures.validShape(clip);
        FeatureVolume f = ExportFixtures.features(2, shape.output());
        FeatureDisplay display = new FeatureDisplay(Normalization.MAX, Colormap.GRAY);
        int gap = 4;
        List<BufferedImage> frames = SideBySideGif.frames(clip, f, 1, shape, display, gap);
        assertEquals(12, frames.size());
        BufferedImage frame = frames.get(5);
        assertEquals(20 + gap + 18, frame.getWidth());
        assertEquals(24, frame.getHeight());
        BufferedImage input = FrameImages.toImage(clip, 7);
        assertEquals(input.getRGB(3, 9), frame.getRGB(3, 9));
        int[] feature = display.argb(f, 1, 5, display.displayRange(f, 1));
        int featureTop = (24 - 22) / 2;
        assertEquals(feature[4 * 18 + 6], frame.getRGB(20 + gap + 6, featureTop + 4));
        assertEquals(0xFFFFFFFF, frame.getRGB(21, 10), "gap");
        assertEquals(0xFFFFFFFF, frame.getRGB(20 + gap + 6, 0), "above the centred feature slice");

        Path p = dir.resolve("side.gif");
        SideBySideGif.write(p, clip, f, 1, shape, display, 70, 2, gap, ExportProgress.NONE);
        GifInspector g = GifInspector.read(p);
        assertEquals(12, g.frames().size());
        assertEquals(Collections.nCopies(12, 7), g.delays());
        assertTrue(g.loopsForever());
        assertEquals(2 * (20 + gap + 18), g.screenWidth());
        assertEquals(2 * 24, g.screenHeight());
    }

    @Test
    void stridedFeaturesAreEnlargedToTheInputsScale() {
        Volume clip = ExportFixtures.clip(16);
        ConvShape shape = ConvSpec.VALID.withStride(new Axis3(1, 2, 2)).shape(clip.size(), ExportFixtures.KERNEL);
        FeatureVolume f = ExportFixtures.features(1, shape.output()); // 12 x 11 x 9
        assertEquals(2, SideBySideGif.featureZoom(clip, f));
        BufferedImage frame = SideBySideGif.frames(clip, f, 0, shape, FeatureDisplay.DEFAULT, 0).get(0);
        assertEquals(20 + 18, frame.getWidth());
    }

    @Test
    void refusesFeaturesOfAnotherConvolution() {
        Volume clip = ExportFixtures.clip(16);
        ConvShape shape = ExportFixtures.validShape(clip);
        FeatureVolume wrong = ExportFixtures.features(1, new Axis3(16, 24, 20));
        assertThrows(InvalidSpecException.class,
                () -> SideBySideGif.frames(clip, wrong, 0, shape, FeatureDisplay.DEFAULT, 0));
    }
}
