package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifRecorderTest {
    @TempDir
    Path dir;

    @Test
    void recordsTheSameGifAsWritingAllFramesAtOnce() throws IOException {
        Volume clip = ExportFixtures.clip(9);
        List<BufferedImage> images = new ArrayList<>();
        Path recorded = dir.resolve("recorded.gif");
        BufferedImage reused = new BufferedImage(clip.width(), clip.height(), BufferedImage.TYPE_INT_ARGB);
        try (GifRecorder r = GifRecorder.open(recorded, 100)) {
            for (int t = 0; t < clip.frames(); t++) {
                BufferedImage img = FrameImages.toImage(clip, t);
                images.add(img);
                reused.getGraphics().drawImage(img, 0, 0, null); // the caller may reuse one buffer
                r.add(reused);
            }
            assertEquals(9, r.frames());
            r.finish(ExportProgress.NONE);
        }
        Path whole = dir.resolve("whole.gif");
        RgbGif.write(whole, images, 100);

        GifInspector a = GifInspector.read(recorded);
        GifInspector b = GifInspector.read(whole);
        assertEquals(9, a.frames().size());
        assertEquals(Collections.nCopies(9, 10), a.delays());
        assertTrue(a.loopsForever());
        assertEquals(clip.width(), a.screenWidth());
        assertEquals(clip.height(), a.screenHeight());
        for (int t = 0; t < 9; t++) {
            int w = clip.width();
            int h = clip.height();
            assertArrayEquals(b.frames().get(t).getRGB(0, 0, w, h, null, 0, w),
                    a.frames().get(t).getRGB(0, 0, w, h, null, 0, w), "frame " + t);
        }
        assertEquals(List.of(recorded, whole), ExportFixtures.list(dir));
    }

    @Test
    void cancelOrCloseWithoutFinishingLeavesNothing() throws IOException {
        Path target = dir.resolve("walk.gif");
        try (GifRecorder r = GifRecorder.open(target, 100)) {
            r.add(FrameImages.toImage(ExportFixtures.clip(1), 0));
            assertEquals(1, ExportFixtures.list(dir).size(), "the spill file while recording");
        }
        assertEquals(List.of(), ExportFixtures.list(dir));

        GifRecorder r = GifRecorder.open(target, 100);
        r.add(FrameImages.toImage(ExportFixtures.clip(1), 0));
        r.cancel();
        assertThrows(IllegalStateException.class, () -> r.add(FrameImages.toImage(ExportFixtures.clip(1), 0)));
        assertEquals(List.of(), ExportFixtures.list(dir));
    }

    @Test
    void refusesFramesOfAnotherSizeAndAnEmptyRecording() throws IOException {
        Path target = dir.resolve("walk.gif");
        try (GifRecorder r = GifRecorder.open(target, 100)) {
            r.add(new BufferedImage(10, 8, BufferedImage.TYPE_INT_RGB));
            assertThrows(IllegalArgumentException.class, () -> r.add(new BufferedImage(8, 10, BufferedImage.TYPE_INT_RGB)));
        }
        try (GifRecorder r = GifRecorder.open(target, 100)) {
            assertThrows(IllegalStateException.class, () -> r.finish(ExportProgress.NONE));
        }
        assertEquals(List.of(), ExportFixtures.list(dir));
    }

    @Test
    void aMissingFolderIsReportedWhenOpening() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> GifRecorder.open(dir.resolve("no/such/walk.gif"), 100));
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
    }
}
