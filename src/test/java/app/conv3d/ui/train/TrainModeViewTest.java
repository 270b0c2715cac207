package app.conv3d.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.KernelJson;
import app.conv3d.train.TrainingOptions;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Train mode in the real window, on a tiny lesson: training runs on a background thread as in the app. */
@ExtendWith(ApplicationExtension.class)
class TrainModeViewTest {
    /** Two small kernels, three epochs: a few hundred milliseconds a training on 8x12x12 clips. */
    private static final TrainingOptions QUICK = new TrainingOptions(2, Axis3.all(3), 3, 4, 0.02, 1);

    private final ExecutorService compute = Executors.newSingleThreadExecutor();
    private MainWindow window;
    private Lesson lesson;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(compute, Platform::runLater);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(new Volume(8, 12, 12, 3, new float[8 * 12 * 12 * 3]),
                KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 0f)));
        window = new MainWindow(lesson, 1280, 720);
        window.trainRun().setOptions(QUICK);
        stage.setScene(window.scene());
        stage.show();
    }

    @AfterEach
    void stop() {
        window.trainRun().cancel();
        compute.shutdownNow();
    }

    @Test
    void theTrainToggleSwapsTheStageForTheTrainModeWithThePracticeSetReady(FxRobot robot) {
        TrainModePage page = new TrainModePage(robot);
        assertFalse(page.shown());
        page.toggle();
        assertTrue(page.shown());
        assertSame(window.train().orElseThrow(), robot.lookup("#" + TrainModeView.ID).query());
        assertEquals(null, window.stage().getScene(), "the stage is out of the window while training");
        assertEquals(3 * TrainRunPractice.DEFAULT_PER_CLASS, window.trainRun().dataProperty().get().clips().size());
        assertEquals(new Axis3(8, 12, 12), window.trainRun().dataProperty().get().clips().get(0).clip().size(),
                "the practice clips are the lesson's size, at most 32 pixels a side");
        assertFalse(page.canCancel());
        assertFalse(page.canSend(), "nothing learned yet");
        page.toggle();
        assertFalse(page.shown());
        assertNotNull(window.stage().getScene());
    }

    @Test
    void theShortcutOpensAndClosesTheTrainMode(FxRobot robot) {
        TrainModePage page = new TrainModePage(robot);
        robot.interact(() -> window.scene().getAccelerators().get(app.conv3d.ui.app.Shortcut.TRAIN.combination()).run());
        assertTrue(page.shown());
        robot.interact(() -> window.scene().getAccelerators().get(app.conv3d.ui.app.Shortcut.TRAIN.combination()).run());
        assertFalse(page.shown());
    }

    @Test
    void trainingShowsCurvesAMatrixAndSendsTheKernelsToTheLab(FxRobot robot) throws Exception {
        TrainModePage page = new TrainModePage(robot);
        page.toggle();
        page.train();
        page.awaitIdle();
        TrainRun run = window.trainRun().runProperty().get();
        assertEquals(3, run.curves().size());
        assertTrue(page.status().startsWith(Messages.text("train.status.done", Math.round(100 * run.confusion().accuracy()),
                run.confusion().total()).substring(0, 4)), page.status());
        assertTrue(page.hasCell(0, 0) && page.hasCell(2, 1), "a 3x3 matrix");
        assertTrue(page.score().contains("3D"), page.score());

        int clip = window.trainRun().splitProperty().get().heldOut().get(1);
        page.clickThumbnail(clip);
        page.await(() -> window.trainRun().watchedProperty().get().featureClip() == clip);

        assertTrue(page.canSend());
        page.sendToLab();
        page.await(() -> lesson.computedProperty().get().bank() == run.rawBank());
        assertFalse(page.shown(), "back to the stage");
        assertTrue(window.layout().kernelLabShownProperty().get(), "with the lab open on the learned kernels");
        assertTrue(lesson.specProperty().get().relu(), "the network's ReLU comes with its kernels");
    }

    @Test
    void cancelStopsTheTrainingAndKeepsWhatWasLearned(FxRobot robot) throws Exception {
        TrainModePage page = new TrainModePage(robot);
        robot.interact(() -> window.trainRun().setEpochs(200));
        page.toggle();
        page.train();
        page.await(() -> window.trainRun().runProperty().get() != null);
        assertTrue(page.canCancel());
        page.cancel();
        page.awaitIdle();
        assertEquals(Messages.text("train.status.cancelled"), page.status());
        assertTrue(window.trainRun().runProperty().get().curves().size() < 200);
        assertTrue(page.canSend(), "what was learned so far can still go to the lab");
    }

    @Test
    void compareWith2dShowsBothScores(FxRobot robot) throws Exception {
        TrainModePage page = new TrainModePage(robot);
        page.toggle();
        page.compareWith2d();
        page.awaitIdle();
        assertNotNull(window.trainRun().comparisonProperty().get());
        assertTrue(page.score().contains("3D") && page.score().contains("2D"), page.score());
    }

    @Test
    void saveKernelsWritesTheLearnedBankThroughTheWindowsFileChoice(FxRobot robot) throws Exception {
        Path file = dir.resolve("learned");
        window.setFileChoice((owner, purpose) -> Optional.of(file));
        TrainModePage page = new TrainModePage(robot);
        page.toggle();
        page.train();
        page.awaitIdle();
        page.saveKernels();
        WaitForAsyncUtils.waitForFxEvents();
        Path written = dir.resolve("learned.json");
        assertEquals(window.trainRun().runProperty().get().rawBank(), KernelJson.read(written, 3));
        assertTrue(page.keepNote().contains("learned.json"), page.keepNote());
    }

    @Test
    void theClassesOwnPanesTakeThePracticeSetsAndTheFeaturesPlaces(FxRobot robot) {
        TrainModePage page = new TrainModePage(robot);
        page.toggle();
        TrainModeView view = window.train().orElseThrow();
        javafx.scene.control.Label set = new javafx.scene.control.Label();
        javafx.scene.control.Label live = new javafx.scene.control.Label();
        robot.interact(() -> {
            view.setDataPane(set);
            view.setLivePane(live);
        });
        assertTrue(robot.lookup("#" + TrainModePractice.ID).tryQuery().isEmpty(), "the practice set made room");
        assertTrue(robot.lookup("#" + TrainModeFeatures.ID).tryQuery().isEmpty(), "the features made room");
        assertNotNull(set.getScene());
        assertNotNull(live.getScene());
        robot.interact(() -> {
            view.setDataPane(null);
            view.setLivePane(null);
        });
        assertTrue(robot.lookup("#" + TrainModePractice.ID).tryQuery().isPresent());
        assertTrue(robot.lookup("#" + TrainModeFeatures.ID).tryQuery().isPresent());
    }
}
