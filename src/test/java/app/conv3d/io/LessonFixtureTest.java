package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Normalization;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The lesson file kept in the test tree (written by tools/MakeWaveLesson.java, photographed by CI's packaged
 * launcher) still opens as what it was saved as: a file a teacher saved with version 1 must keep opening.
 */
class LessonFixtureTest {
    static final Path WAVE_TINY = Path.of("src/test/resources/app/conv3d/io/wave-tiny.c3dlesson");

    @Test
    void theSavedWaveLessonOpensAsSaved() throws Exception {
        SavedLesson lesson = LessonFile.open(WAVE_TINY);
        assertEquals(new Axis3(8, 12, 12), lesson.lessonSize());
        assertEquals(16, lesson.clip().frames());
        assertEquals(1, lesson.bank().count());
        assertArrayEquals(KernelPreset.TEMPORAL_DIFFERENCE.build(Axis3.all(3), 3).weights(),
                lesson.bank().get(0).weights());
        assertEquals(Normalization.SYMMETRIC, lesson.display().normalization());
        assertEquals(Colormap.DIVERGING, lesson.display().colormap());
    }
}
