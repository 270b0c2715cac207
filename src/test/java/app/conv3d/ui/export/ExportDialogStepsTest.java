package app.conv3d.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The walkthrough export offers a sweep, not one frame, even when the dialog was made before the first result. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogStepsTest {
    private Lesson lesson;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        dialog = new ExportDialog(null, lesson, Runnable::run, (owner, purpose) -> Optional.empty(), List::of);
    }

    @Test
    void theWalkthroughDefaultsToFortySteps(FxRobot robot) {
        ExportSettings[] s = new ExportSettings[1];
        robot.interact(() -> {
            Random rnd = new Random(1);
            float[] data = new float[16 * 32 * 32 * 3];
            for (int i = 0; i < data.length; i++) {
                data[i] = rnd.nextInt(256);
            }
            lesson.load(new Volume(16, 32, 32, 3, data), KernelBank.of(new Kernel(3, 3, 3, 3, new float[81])));
            dialog.select(ExportKind.WALKTHROUGH_GIF);
            s[0] = dialog.settings();
        });
        assertEquals(0, s[0].fromStep());
        assertEquals(39, s[0].toStep(), "40 steps: a few seconds of the sweep");
    }
}
