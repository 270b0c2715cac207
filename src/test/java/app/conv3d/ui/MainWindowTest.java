package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.StepSize;
import app.conv3d.core.Volume;
import app.conv3d.core.Walkthrough;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.lesson.Speed;
import app.conv3d.ui.math.Numbers;
import app.conv3d.ui.walkthrough.LessonClock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window driven like a teacher drives it, headless. The lesson computes on the FX thread here
 * (tiny size), so every change is visible as soon as the robot's action returns; the player's clock is
 * not started, so playing never moves the kernel behind a test's back.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Lesson lesson;
    private MainWindow window;
    private ExplorerPage page;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(clip(), kernel());
        window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        stage.show();
    }

    @BeforeEach
    void page(FxRobot robot) {
        page = new ExplorerPage(robot);
    }

    private static Volume clip() {
        Random rnd = new Random(1);
        float[] data = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(16, 32, 32, 3, data);
    }

    private static KernelBank kernel() {
        Random rnd = new Random(5);
        float[] w = new float[5 * 5 * 5 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (0.5 * rnd.nextGaussian());
        }
        return KernelBank.of(new Kernel(5, 5, 5, 3, w, 1.5f));
    }

    private Axis3 kernelAt() {
        return lesson.walkthroughProperty().get().position();
    }

    /**
     * The panel's "= 123.45" is the engine's value to display precision: the engine and the walkthrough
     * add the same products in a different order, so the last digit may round the other way.
     */
    private static void assertShows(float engine, String shown) {
        assertTrue(shown.startsWith("= "), shown);
        double value = Double.parseDouble(shown.substring(2).replace('\u2212', '-'));
        assertEquals(engine, value, 0.01, () -> "shown " + shown + ", engine " + engine);
    }

    @Test
    void theArithmeticIsNotKeptAsABitmap(FxRobot robot) {
        // It changes at every step: a cached viewport would redraw all of it into the bitmap each time.
        javafx.scene.Node viewport = robot.from(window.arithmetic()).lookup(".math-scroll > .viewport").query();
        assertFalse(viewport.isCache());
    }

    @Test
    void stepButtonsWorkOnlyWhilePaused() {
        assertEquals("Play", page.playButtonText());
        assertTrue(page.canStepForward());
        assertTrue(page.canStepBack());
        page.clickPlay();
        assertEquals("Pause", page.playButtonText());
        assertFalse(page.canStepForward());
        assertFalse(page.canStepBack());
        page.clickPlay();
        assertEquals("Play", page.playButtonText());
        assertTrue(page.canStepForward());
    }

    @Test
    void stepsMoveOnePositionOrOneRow() {
        page.clickStepForward();
        page.clickStepForward();
        assertEquals(new Axis3(0, 0, 2), kernelAt());
        page.clickStepBack();
        assertEquals(new Axis3(0, 0, 1), kernelAt());
        page.chooseStepSize(StepSize.ROW);
        page.clickStepForward();
        assertEquals(new Axis3(0, 1, 1), kernelAt());
        assertTrue(page.positionText().startsWith("position 10 of 256"), page.positionText());
        page.clickReset();
        assertEquals(new Axis3(0, 0, 0), kernelAt());
    }

    @Test
    void keyboardPlaysStepsAndJumps() {
        page.press(KeyCode.RIGHT);
        page.press(KeyCode.RIGHT);
        assertEquals(2, lesson.positionProperty().get());
        page.press(KeyCode.LEFT);
        assertEquals(1, lesson.positionProperty().get());
        page.press(KeyCode.END);
        assertEquals(255, lesson.positionProperty().get());
        page.press(KeyCode.HOME);
        assertEquals(0, lesson.positionProperty().get());
        page.press(KeyCode.SPACE);
        assertTrue(lesson.playingProperty().get());
        assertEquals("Pause", page.playButtonText());
        page.press(KeyCode.SPACE);
        assertFalse(lesson.playingProperty().get());
    }

    @Test
    void theScrubberReachesEveryPositionAndFollowsTheKernel() {
        page.scrubTo(137);
        assertEquals(lesson.positions().at(137), kernelAt());
        page.press(KeyCode.RIGHT);
        assertEquals(138.0, page.scrubberValue());
        page.scrubTo(255);
        assertTrue(page.positionText().contains("256 of 256"), page.positionText());
    }

    @Test
    void clickingAnOutputPixelMovesTheKernelThere() {
        page.clickFeaturePixel(5, 6);
        assertEquals(new Axis3(0, 5, 6), kernelAt());
        page.clickFeaturePixel(1, 7);
        assertEquals(new Axis3(0, 1, 7), kernelAt());
    }

    @Test
    void hoveringReadsTheValueOrSaysItIsNotComputedYet() {
        page.hoverFeaturePixel(6, 6);
        assertTrue(page.hoverText().contains("not computed yet"), page.hoverText());
        page.clickShowAll();
        page.hoverFeaturePixel(6, 5);
        float value = lesson.computedProperty().get().features().get(0, 0, 6, 5);
        assertTrue(page.hoverText().endsWith("= " + Numbers.value(value)), page.hoverText());
    }

    @Test
    void theMathPanelShowsTheEnginesValueWhereverTheKernelIs() {
        Random rnd = new Random(9);
        for (int i = 0; i < 12; i++) {
            page.scrubTo(rnd.nextInt(256));
            Axis3 p = kernelAt();
            float engine = lesson.computedProperty().get().features().get(0, p.t(), p.h(), p.w());
            assertShows(engine, page.mathValue());
        }
        Walkthrough w = lesson.walkthroughProperty().get();
        assertTrue(page.sumLine().contains("bias " + Numbers.value(1.5f)), page.sumLine());
        assertTrue(page.sumLine().endsWith(Numbers.value(w.preActivation())), page.sumLine());
    }

    @Test
    void everyLessonSizeRecomputesAndTheWalkthroughStillWorks() {
        page.chooseLessonSize(LessonSize.MEDIUM);
        assertTrue(page.positionText().contains("of 43,200"), page.positionText());
        page.press(KeyCode.END);
        Axis3 p = kernelAt();
        assertEquals(new Axis3(11, 59, 59), p);
        float engine = lesson.computedProperty().get().features().get(0, p.t(), p.h(), p.w());
        assertShows(engine, page.mathValue());
        page.chooseLessonSize(LessonSize.TINY);
        assertTrue(page.positionText().contains("of 256"), page.positionText());
    }

    @Test
    void theSliceSliderShowsAnotherSliceWithoutMovingTheKernel() {
        page.clickStepForward();
        page.showSlice(3);
        assertEquals(3, lesson.viewSliceProperty().get());
        assertEquals("slice 3", page.sliceText());
        assertEquals(new Axis3(0, 0, 1), kernelAt());
        page.clickPlaySlices();
        assertTrue(lesson.slicesPlayingProperty().get());
        page.clickPlaySlices();
        assertFalse(lesson.slicesPlayingProperty().get());
    }

    @Test
    void theClockPlaysTheWalkthroughAndPauseStopsIt(FxRobot robot) throws Exception {
        LessonClock clock = new LessonClock(lesson);
        robot.interact(clock::start);
        try {
            page.chooseSpeed(Speed.FAST);
            page.clickPlay();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lesson.positionProperty().get() >= 3);
            page.clickPlay();
            int stopped = lesson.positionProperty().get();
            FxPulses.await(10); // the clock has had ten frames to move the kernel
            assertEquals(stopped, lesson.positionProperty().get());
        } finally {
            robot.interact(clock::stop);
        }
    }

    @Test
    void theKernelLabOpensBesideTheFeaturesAndCloses() {
        assertFalse(page.kernelLabShown());
        page.clickKernelLab();
        assertTrue(page.kernelLabShown());
        page.clickKernelLab();
        assertFalse(page.kernelLabShown());
    }

    @Test
    void controlKTogglesTheKernelLab() {
        page.pressShortcut(javafx.scene.input.KeyCode.K);
        assertTrue(page.kernelLabShown());
        page.pressShortcut(javafx.scene.input.KeyCode.K);
        assertFalse(page.kernelLabShown());
    }

    @Test
    void theSpeedChoiceSetsTheLessonsSpeed() {
        page.chooseSpeed(Speed.FAST);
        assertEquals(Speed.FAST, lesson.speedProperty().get());
    }

    @Test
    void theSampleClipReplacesTheClipAndKeepsTheKernel() {
        KernelBank before = lesson.bankProperty().get();
        page.clickSampleClip();
        assertEquals(new Axis3(16, 256, 256), lesson.sourceClipProperty().get().size());
        assertEquals(new Axis3(8, 12, 12), lesson.volumeProperty().get().size());
        assertEquals(before, lesson.computedProperty().get().bank());
    }

    @Test
    void aBadGeometryShowsAReadableMessageInTheWindow(FxRobot robot) {
        assertFalse(page.errorShown());
        robot.interact(() -> lesson.setSpec(ConvSpec.VALID.withDilation(Axis3.all(4))));
        assertTrue(page.errorShown());
        assertTrue(page.errorText().startsWith("time:"), page.errorText());
    }
}
