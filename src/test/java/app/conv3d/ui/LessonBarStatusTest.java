package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson bar's status: a quick recompute goes straight to its time, only a slow one says "computing…". */
@ExtendWith(ApplicationExtension.class)
class LessonBarStatusTest {
    /** The background jobs, run when the test says so. */
    private final ConcurrentLinkedQueue<Runnable> jobs = new ConcurrentLinkedQueue<>();
    private final List<String> shown = new ArrayList<>();
    private Lesson lesson;
    private Label status;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(jobs::add, Platform::runLater);
        lesson.setLessonSize(LessonSize.TINY);
        LessonBar bar = new LessonBar(lesson);
        stage.setScene(new Scene(bar, 1700, 60));
        stage.show();
        status = (Label) bar.lookup("#recomputeLabel");
        status.textProperty().addListener((obs, old, now) -> shown.add(now));
    }

    @Test
    void aSlowRecomputeSaysComputingUntilItsResultArrives(FxRobot robot) throws Exception {
        robot.interact(() -> lesson.load(clip(), kernel()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "computing\u2026".equals(status.getText()));
        runJobs();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().matches("features ready in \\d+ ms"), status.getText());
    }

    @Test
    void aQuickRecomputeNeverSaysComputing(FxRobot robot) throws Exception {
        robot.interact(() -> lesson.load(clip(), kernel()));
        runJobs();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> lesson.setKernelBank(kernel()));
        runJobs();
        WaitForAsyncUtils.waitForFxEvents();
        // the note's own delay, on the same animation clock: had it been left running, it would have fired by now
        FxPulses.awaitAnimation(LessonBar.COMPUTING_NOTE_MILLIS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().matches("features ready in \\d+ ms"), status.getText());
        assertFalse(shown.contains("computing\u2026"), shown.toString());
    }

    private void runJobs() {
        for (Runnable job = jobs.poll(); job != null; job = jobs.poll()) {
            job.run();
        }
    }

    private static Volume clip() {
        return new Volume(16, 32, 32, 3, new float[16 * 32 * 32 * 3]);
    }

    private static KernelBank kernel() {
        return KernelBank.of(new Kernel(3, 3, 3, 3, new float[3 * 3 * 3 * 3]));
    }
}
