package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import app.conv3d.ui.live.LiveStrip;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The top bar's "Live" toggle with the virtual camera chosen by the camera setting. */
@ExtendWith(ApplicationExtension.class)
class LiveButtonTest {
    private Lesson lesson;
    private Volume clip;

    @Start
    void start(Stage stage) {
        System.setProperty(CameraDriver.PROPERTY, CameraDriver.TEST_PATTERN.id());
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        clip = new Volume(16, 32, 32, 3, new float[16 * 32 * 32 * 3]);
        lesson.load(clip, KernelBank.of(new Kernel(3, 3, 3, 3, weights(), 0f)));
        stage.setScene(new MainWindow(lesson, 1280, 720).scene());
        stage.show();
    }

    private static float[] weights() {
        Random rnd = new Random(3);
        float[] w = new float[81];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rnd.nextGaussian();
        }
        return w;
    }

    @AfterEach
    void forgetSetting() {
        System.clearProperty(CameraDriver.PROPERTY);
    }

    @Test
    void theLiveRowShowsTheFreezeKeyAndTheKeyFreezes(FxRobot robot) throws Exception {
        ExplorerPage page = new ExplorerPage(robot);
        assertFalse(robot.lookup("#" + LiveStrip.ID).query().isVisible(), "no live row before Live is on");
        page.clickLive();
        Button freeze = robot.lookup("#" + LiveStrip.FREEZE_ID).queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> freeze.isVisible());
        assertTrue(freeze.getText().contains("(F)"), freeze.getText());
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(freeze.getText().startsWith("Resume"), freeze.getText());
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(freeze.getText().startsWith("Freeze"), freeze.getText());
        page.clickLive();
        assertFalse(robot.lookup("#" + LiveStrip.ID).query().isVisible());
    }

    @Test
    void liveFollowsTheCameraUntilToggledOffThenKeepsTheLastWindow(FxRobot robot) throws Exception {
        ExplorerPage page = new ExplorerPage(robot);
        Computed recorded = lesson.computedProperty().get();
        page.clickLive();
        assertTrue(page.liveOn());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lesson.computedProperty().get() != recorded);
        assertSame(clip, lesson.sourceClipProperty().get(), "live pictures leave the clip alone while live");

        page.clickLive();
        assertFalse(page.liveOn());
        assertNotSame(clip, lesson.sourceClipProperty().get(), "the last live window is the new clip");
    }
}
