package app.conv3d.ui.kernel;

import static app.conv3d.ui.kernel.KernelLabPage.onFx;
import static app.conv3d.ui.kernel.KernelLabPage.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FrameByFrame;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.io.KernelJson;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pane on a real lesson (background computation, results on the FX thread), driven like a user would. */
@ExtendWith(ApplicationExtension.class)
class KernelLabPaneTest {
    static {
        HeadlessFx.configure();
    }

    private static final Axis3 CUBE = Axis3.all(5);
    private ExecutorService compute;
    private Lesson lesson;
    private KernelLabPane pane;
    private KernelLabPage page;

    @Start
    void start(Stage stage) {
        compute = ComputeThread.create();
        lesson = new Lesson(compute, Platform::runLater);
        lesson.setLessonSize(LessonSize.TINY);
        pane = new KernelLabPane(lesson);
        // Shorter than any headless screen: the page object scrolls to what it clicks, as a user would.
        Scene scene = new Scene(pane, KernelLabPane.PREFERRED_WIDTH, 760);
        // the window's stylesheet names the palette the lab's colours come from
        scene.getStylesheets().add(getClass().getResource("/app/conv3d/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        lesson.load(TinyLab.clip(3), KernelBank.of(KernelPreset.BLUR.build(CUBE, 3)));
    }

    @BeforeEach
    void firstResult(FxRobot robot) {
        page = new KernelLabPage(robot);
        waitUntil(() -> lesson.computedProperty().get() != null);
    }

    @AfterEach
    void stopComputing() {
        compute.shutdownNow();
    }

    private Kernel computedKernel(int n) {
        return onFx(() -> lesson.computedProperty().get().bank().get(n));
    }

    @Test
    void choosingAPresetReplacesTheLessonsKernelAndExplainsIt() {
        page.choosePreset(KernelPreset.TEMPORAL_DIFFERENCE);
        Kernel expected = KernelPreset.TEMPORAL_DIFFERENCE.build(CUBE, 3);
        waitUntil(() -> expected.equals(lesson.computedProperty().get().bank().get(0)));
        assertEquals(KernelPreset.TEMPORAL_DIFFERENCE.explanation(), page.explanation());
        assertEquals(WeightText.format(expected.get(0, 0, 0, 0)), page.weight(0, 0));
    }

    @Test
    void aTypedWeightIsRecomputedAtOnce() {
        page.typeWeight(1, 2, "2");
        waitUntil(() -> lesson.computedProperty().get().bank().get(0).get(0, 1, 2, 0) == 2f);
        assertEquals("2.00", page.weight(1, 2));
        assertEquals("0.00267", page.weight(1, 1), "its neighbours keep their digits");
        assertNull(page.message());

        page.typeWeight(0, 0, "lots");
        assertTrue(page.message().contains("\"lots\" is not a number"), page.message());
        assertEquals(KernelPreset.BLUR.build(CUBE, 3).get(0, 0, 0, 0), computedKernel(0).get(0, 0, 0, 0));
    }

    @Test
    void draggingAWeightUpRaisesItAndRecomputes() {
        float before = KernelPreset.BLUR.build(CUBE, 3).get(0, 3, 3, 0);
        page.dragWeightUp(3, 3, 10 * WeightEdits.PIXELS_PER_STEP);
        waitUntil(() -> lesson.computedProperty().get().bank().get(0).get(0, 3, 3, 0) > before);
        float after = computedKernel(0).get(0, 3, 3, 0);
        // Blur's step is 0.0001; a drag of ten steps may lose a step or two to the threshold.
        assertTrue(after > before + 5e-4f && after < before + 1.2e-3f, "after " + after);
    }

    @Test
    void aGeometryWithoutOutputIsRefusedWithItsReason() {
        assertEquals("4", page.output("time"));
        assertEquals("floor((8 + 2*0 - 1*(5-1) - 1) / 1) + 1 = 4", page.formula("time").replace('\u00a0', ' '));
        page.increase("dilation", "time");
        assertEquals(1, page.value("dilation", "time"), "the refused value springs back");
        String why = page.geometryRefusal();
        assertNotNull(why);
        assertTrue(why.contains("time dilation of 2") && why.contains("the output would be empty"), why);
        assertEquals(ConvSpec.VALID, onFx(() -> lesson.specProperty().get()));

        page.increase("dilation", "height");
        assertEquals(2, page.value("dilation", "height"));
        assertNull(page.geometryRefusal(), "a working change clears the reason");
        waitUntil(() -> lesson.computedProperty().get().features().size().equals(new Axis3(4, 4, 8)));

        page.increase("stride", "width");
        waitUntil(() -> lesson.computedProperty().get().features().size().equals(new Axis3(4, 4, 4)));
        assertFalse(page.sameIsOffered());
        assertTrue(page.sameHint().contains("'same' padding needs stride 1"), page.sameHint());
    }

    @Test
    void addingAKernelShowsItsFeaturesAndAThumbnailSelectsIt() {
        assertEquals(1, page.thumbnails());
        page.choosePreset(KernelPreset.SOBEL_X);
        page.addKernel();
        waitUntil(() -> lesson.computedProperty().get().bank().count() == 2 && lesson.kernelIndexProperty().get() == 1);
        waitUntil(() -> page.thumbnails() == 2);
        assertTrue(page.thumbnailSelected(1));
        assertEquals(KernelPreset.SOBEL_X.build(CUBE, 3), computedKernel(1));

        page.clickThumbnail(0);
        waitUntil(() -> lesson.kernelIndexProperty().get() == 0);
        assertTrue(page.thumbnailSelected(0));
        assertFalse(page.thumbnailSelected(1));
    }

    @Test
    void theTwoDimensionalToggleAppliesTheKernelSummedOverTime() {
        page.choosePreset(KernelPreset.MOTION_RIGHT);
        page.chooseFrameByFrame();
        Kernel flat = FrameByFrame.flatten(KernelPreset.MOTION_RIGHT.build(CUBE, 3));
        waitUntil(() -> flat.equals(lesson.computedProperty().get().bank().get(0)));
        assertEquals(new Axis3(8, 8, 8), onFx(() -> lesson.computedProperty().get().features().size()));
    }

    @Test
    void aFileWithTheWrongChannelsIsOneReadableLine(@TempDir Path dir) throws IOException {
        Path gray = dir.resolve("gray.json");
        KernelJson.write(gray, KernelBank.of(KernelPreset.BLUR.build(CUBE, 1)));
        assertFalse(onFx(() -> pane.model().files().load(gray)));
        String shown = page.message();
        assertTrue(shown.startsWith("gray.json: ") && shown.contains("channel") && !shown.contains("Exception"), shown);
        assertEquals(KernelPreset.BLUR.build(CUBE, 3), computedKernel(0));
    }

    @Test
    void messagesComeAndGoWithoutMovingAControl(@TempDir Path dir) throws IOException {
        List<Bounds> before = page.controlBounds();
        assertTrue(before.size() > 30, "spinners, buttons, weight cells: " + before.size());

        Path gray = dir.resolve("gray.json");
        KernelJson.write(gray, KernelBank.of(KernelPreset.BLUR.build(CUBE, 1)));
        assertFalse(onFx(() -> pane.model().files().load(gray)));
        assertFalse(onFx(() -> pane.model().geometry().setDilation(0, 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(page.message());
        assertNotNull(page.geometryRefusal());
        assertNothingMoved(before, page.controlBounds(), "with a message and a refusal shown");

        page.dismissMessage();
        assertTrue(onFx(() -> pane.model().geometry().setDilation(0, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(page.message());
        assertNull(page.geometryRefusal());
        assertNothingMoved(before, page.controlBounds(), "after both went");
    }

    private static void assertNothingMoved(List<Bounds> before, List<Bounds> now, String when) {
        assertEquals(before.size(), now.size(), when);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), now.get(i), "control " + i + " moved " + when);
        }
    }
}
