package app.conv3d.ui.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fuzz test's invariant holds for a computed lesson and catches features that disagree with the arithmetic. */
class LessonInvariantTest {

    private static Lesson lesson() {
        Lesson lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        Random rnd = new Random(3);
        float[] voxels = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < voxels.length; i++) {
            voxels[i] = rnd.nextInt(256);
        }
        float[] weights = new float[3 * 3 * 3 * 3];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) rnd.nextGaussian();
        }
        lesson.load(new Volume(16, 32, 32, 3, voxels), KernelBank.of(new Kernel(3, 3, 3, 3, weights, 0.5f)));
        return lesson;
    }

    @Test
    void holdsWhereverTheKernelIs() {
        Lesson lesson = lesson();
        for (int i = 0; i < lesson.positionCountProperty().get(); i += 7) {
            lesson.moveTo(i);
            assertEquals(Optional.empty(), LessonInvariant.violation(lesson));
        }
    }

    @Test
    void catchesFeaturesThatDoNotMatchTheArithmetic() {
        Lesson lesson = lesson();
        FeatureVolume right = lesson.computedProperty().get().features();
        float[] wrong = right.data().clone();
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] += 1; // what live mode showed with 'same' padding: numbers off at every position
        }
        lesson.showLive(lesson.computedProperty().get().volume(),
                new FeatureVolume(right.kernels(), right.frames(), right.height(), right.width(), wrong));
        Optional<String> found = LessonInvariant.violation(lesson);
        assertTrue(found.isPresent());
        assertTrue(found.get().contains("the arithmetic says"), found.get());
    }
}
