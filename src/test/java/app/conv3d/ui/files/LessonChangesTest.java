package app.conv3d.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What counts as work to lose, without a toolkit. */
class LessonChangesTest {
    private Lesson lesson;
    private LessonChanges changes;

    static Volume clip(float value) {
        float[] data = new float[8 * 12 * 12 * 3];
        java.util.Arrays.fill(data, value);
        return new Volume(8, 12, 12, 3, data);
    }

    static KernelBank kernels() {
        return KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 0.5f));
    }

    @BeforeEach
    void windowAsItOpens() {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        changes = new LessonChanges(lesson); // as the window: made before the opening lesson arrives
        lesson.load(clip(10), kernels());
    }

    @Test
    void theOpeningLessonIsNothingToLose() {
        assertFalse(changes.unsavedProperty().get());
    }

    @Test
    void aNewClipKernelsGeometryOrSizeAreUnsavedUntilSaved() {
        lesson.useClip(clip(20)); // a recording
        assertTrue(changes.unsavedProperty().get());
        changes.markSaved();
        assertFalse(changes.unsavedProperty().get());

        lesson.setKernelBank(KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 1.5f)));
        assertTrue(changes.unsavedProperty().get());
        changes.markSaved();
        lesson.setSpec(ConvSpec.VALID.withPadding(Padding.SAME));
        assertTrue(changes.unsavedProperty().get());
        lesson.setSpec(ConvSpec.VALID);
        assertFalse(changes.unsavedProperty().get(), "put back as it was saved: nothing to lose");
        lesson.setLessonSize(LessonSize.MEDIUM);
        assertTrue(changes.unsavedProperty().get());
    }

    @Test
    void walkingAndLookingAreNotWork() {
        List<Boolean> seen = new ArrayList<>();
        changes.unsavedProperty().addListener((obs, old, now) -> seen.add(now));
        lesson.moveTo(3);
        lesson.setColormap(Colormap.DIVERGING);
        lesson.setShowAll(true);
        lesson.selectKernel(0);
        assertEquals(List.of(), seen);
        assertFalse(changes.unsavedProperty().get());
    }

    @Test
    void theQuestionIsAskedOnlyWhenThereIsSomethingToLose() {
        List<String> asked = new ArrayList<>();
        boolean[] answer = {false};
        UnsavedWork guard = new UnsavedWork(changes, (question, goAhead) -> {
            asked.add(goAhead);
            return answer[0];
        });
        assertTrue(guard.mayDiscard("Quit"));
        assertEquals(List.of(), asked);
        lesson.useClip(clip(30));
        assertFalse(guard.mayDiscard("Quit"));
        answer[0] = true;
        assertTrue(guard.mayDiscard("Reset all"));
        assertEquals(List.of("Quit without saving", "Reset all without saving"), asked);
    }
}
