package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Normalization;
import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every GIF export reports rising progress to 1, and leaves nothing behind when cancelled or failing. */
class ExportCancelTest {
    @TempDir
    Path dir;

    interface Export {
        void write(Path target, ExportProgress progress) throws IOException;
    }

    static Stream<Arguments> exports() {
        Volume clip = ExportFixtures.clip(16);
        FeatureVolume features = ExportFixtures.features(3, ExportFixtures.validShape(clip).output());
        FeatureDisplay display = new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING);
        List<BufferedImage> images = new ArrayList<>();
        for (int t = 0; t < clip.frames(); t++) {
            images.add(FrameImages.toImage(clip, t));
        }
        return Stream.of(
                Arguments.of("clip", (Export) (p, progress) -> RgbGif.write(p, clip, 50, 2, progress)),
                Arguments.of("images", (Export) (p, progress) -> RgbGif.write(p, images, 50, 1, progress)),
                Arguments.of("features", (Export) (p, progress) -> FeatureGif.write(p, features, 1, display, 50, 3,
                        progress)),
                Arguments.of("bank grid", (Export) (p, progress) -> BankGridGif.write(p, features, display, 50, 2, 0,
                        2, progress)),
                Arguments.of("side by side", (Export) (p, progress) -> SideBySideGif.write(p, clip, features, 2,
                        ExportFixtures.validShape(clip), display, 50, 1, 4, progress)),
                Arguments.of("recorder", (Export) (p, progress) -> {
                    try (GifRecorder r = GifRecorder.open(p, 50)) {
                        for (BufferedImage img : images) {
                            r.add(img);
                        }
                        r.finish(progress);
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void reportsRisingProgressEndingAtOne(String name, Export export) throws IOException {
        ExportFixtures.Recorded recorded = new ExportFixtures.Recorded();
        Path target = dir.resolve("out.gif");
        export.write(target, recorded.progress);
        recorded.assertRisesToOne();
        assertTrue(recorded.fractions.size() >= 10, "a step per frame: " + recorded.fractions);
        assertEquals(List.of(target), ExportFixtures.list(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void cancelMidwayLeavesNothingAndKeepsAnOldTarget(String name, Export export) throws IOException {
        Path target = dir.resolve("out.gif");
        byte[] old = {1, 2, 3};
        Files.write(target, old);
        assertThrows(CancellationException.class, () -> export.write(target, ExportFixtures.cancelAfter(0.5)));
        assertEquals(List.of(target), ExportFixtures.list(dir));
        assertArrayEquals(old, Files.readAllBytes(target));

        Path fresh = dir.resolve("fresh.gif");
        assertThrows(CancellationException.class, () -> export.write(fresh, ExportFixtures.cancelAfter(0.5)));
        assertEquals(List.of(target), ExportFixtures.list(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void failureMidwayLeavesNothingAndKeepsAnOldTarget(String name, Export export) throws IOException {
        Path target = dir.resolve("out.gif");
        byte[] old = {4, 5, 6};
        Files.write(target, old);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> export.write(target, ExportFixtures.failAfter(0.5)));
        assertEquals("injected failure", e.getCause().getMessage());
        assertEquals(List.of(target), ExportFixtures.list(dir));
        assertArrayEquals(old, Files.readAllBytes(target));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void cancelledBeforeStartingWritesNothing(String name, Export export) throws IOException {
        ExportProgress cancelled = ExportProgress.of(f -> { }, () -> true);
        assertThrows(CancellationException.class, () -> export.write(dir.resolve("out.gif"), cancelled));
        assertEquals(List.of(), ExportFixtures.list(dir));
    }
}
