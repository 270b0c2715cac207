package app.conv3d.ui.train;

import static app.conv3d.ui.train.TrainingSetPage.onFx;
import static app.conv3d.ui.train.TrainingSetPage.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.TestPatternAct;
import app.conv3d.core.Volume;
import app.conv3d.io.Volumes;
import app.conv3d.train.MotionClips;
import app.conv3d.train.MotionClips.Motion;
import app.conv3d.ui.capture.CameraAccess;
import app.conv3d.ui.capture.CaptureDialog;
import app.conv3d.ui.capture.CaptureSession;
import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.kernel.HeadlessFx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The training set pane driven as a teacher would: record with the virtual camera, import, rename, remove. */
@ExtendWith(ApplicationExtension.class)
class TrainingSetPaneTest {
    static {
        HeadlessFx.configure();
    }

    private static final CaptureTimeouts PATIENT = new CaptureTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20),
            Duration.ofSeconds(15));

    private TrainingSetModel model;
    /** What the file choice answers, in order; empty means Cancel. */
    private final Deque<Path> chosen = new ArrayDeque<>();
    private final List<FileChoice.Purpose> asked = new ArrayList<>();
    private final List<TestPatternAct> acted = new ArrayList<>();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new TrainingSetModel(Platform::runLater);
        FileChoice files = (owner, purpose) -> {
            asked.add(purpose);
            return Optional.ofNullable(chosen.poll());
        };
        // the real capture dialog on the virtual camera, without the 3-second countdown
        ClassRecorder recorder = (owner, className, act, size) -> {
            acted.add(act);
            CaptureSession session = ClassRecorder.session(CameraAccess.through(CameraDriver.TEST_PATTERN, PATIENT), act,
                    size);
            session.setCountdown(0, Duration.ZERO);
            return CaptureDialog.show(owner, session, "Record a clip for " + className);
        };
        stage.setScene(new Scene(new TrainingSetPane(model, () -> files, recorder), 1280, 720));
        stage.show();
    }

    @Test
    void recordsAClipForAClassWithTheVirtualCameraActingIt(FxRobot robot) {
        TrainingSetPage page = new TrainingSetPage(robot);
        assertEquals("no clips", page.clipCount(2));

        page.pressRecord(2);
        assertEquals("Record a clip for still", page.dialogTitle());
        page.recordInDialogAndUse();

        waitUntil(() -> model.clipCount(2) == 1);
        assertEquals(List.of(TestPatternAct.STILL), acted);
        assertEquals("1 clip", page.clipCount(2));
        assertEquals(1, page.thumbnails(2));
        Volume clip = onFx(() -> model.clipsOf(2).get(0));
        assertEquals(TrainingSetModel.TRAINING_SIZE, clip.size());
        // the camera acted "still": the hand stands, every frame is the first (the sample's wave would move)
        assertArrayEquals(clip.frames(0, 1).data(), clip.frames(15, 1).data());
        assertEquals(0, onFx(() -> model.clipCount(0)));
    }

    @Test
    void aRecordingForWaveRightActsTheHandGoingRight(FxRobot robot) {
        TrainingSetPage page = new TrainingSetPage(robot);
        page.pressRecord(0);
        page.recordInDialogAndUse();
        waitUntil(() -> model.clipCount(0) == 1);
        assertEquals(List.of(TestPatternAct.RIGHT), acted);
        Volume clip = onFx(() -> model.clipsOf(0).get(0));
        assertFalse(java.util.Arrays.equals(clip.frames(0, 1).data(), clip.frames(15, 1).data()), "the hand moves");
    }

    @Test
    void removesAClipByItsThumbnail(FxRobot robot) {
        TrainingSetPage page = new TrainingSetPage(robot);
        MotionClips clips = new MotionClips(1);
        robot.interact(() -> {
            model.addClip(1, clips.next(Motion.LEFT, 16, 32, 32));
            model.addClip(1, clips.next(Motion.LEFT, 16, 32, 32));
        });
        assertEquals(2, page.thumbnails(1));
        assertEquals("2 clips", page.clipCount(1));
        page.removeClip(1, 0);
        assertEquals(1, page.thumbnails(1));
        assertEquals("1 clip", page.clipCount(1));
    }

    @Test
    void addsRenamesAndRemovesClassesWithinTwoToFour(FxRobot robot) {
        TrainingSetPage page = new TrainingSetPage(robot);
        assertEquals(3, page.classCount());
        page.addClassWithTheKeyboard();
        assertEquals(4, page.classCount());
        assertEquals("class 4", page.className(3));
        assertFalse(page.canAddClass());

        page.rename(3, "jump");
        assertEquals("jump", onFx(() -> model.name(3)));
        assertEquals("jump", page.className(3), "typing is not undone by the model's echo");

        page.removeClass(0);
        page.removeClass(0);
        assertEquals(2, page.classCount());
        assertEquals(List.of("still", "jump"), onFx(() -> model.classes()));
        assertEquals("jump", page.className(1));
        assertFalse(page.canRemoveClass(0));
        assertTrue(page.canAddClass());
    }

    @Test
    void mirrorTicksFollowTheNamesAndTheTeacher(FxRobot robot) {
        TrainingSetPage page = new TrainingSetPage(robot);
        assertTrue(page.mirrorTicked(0));
        assertTrue(page.mirrorTicked(1));
        assertFalse(page.mirrorTicked(2));
        page.rename(1, "clap");
        assertFalse(page.mirrorTicked(0), "wave right has no partner now");
        page.tickMirror(0);
        page.tickMirror(1);
        assertEquals(1, onFx(() -> model.mirrorPartner(0)));
    }

    @Test
    void augmentationChoicesShowHowManyClipsTheyMake(FxRobot robot) {
        TrainingSetPage page = new TrainingSetPage(robot);
        MotionClips clips = new MotionClips(2);
        robot.interact(() -> {
            model.addClip(0, clips.next(Motion.RIGHT, 16, 32, 32));
            model.addClip(1, clips.next(Motion.LEFT, 16, 32, 32));
            model.addClip(2, clips.next(Motion.STILL, 16, 32, 32));
        });
        assertEquals("3 clips to train on (3 recorded or imported)", page.total());
        page.chooseMirrorAugmentation();
        page.chooseShiftAugmentation();
        assertTrue(onFx(() -> model.mirrorProperty().get() && model.shiftProperty().get()));
        assertEquals("12 clips to train on (3 recorded or imported)", page.total());
        assertEquals(12, onFx(() -> model.trainingClips().size()));
    }

    @Test
    void importsAFolderChosenThroughTheFileChoice(FxRobot robot) throws IOException {
        TrainingSetPage page = new TrainingSetPage(robot);
        Path data = dir.resolve("gestures");
        MotionClips clips = new MotionClips(3);
        for (String name : List.of("left", "right")) {
            Files.createDirectories(data.resolve(name));
            for (int k = 0; k < 2; k++) {
                Volumes.write(data.resolve(name).resolve(k + ".npy"), clips.next(Motion.STILL, 16, 48, 48));
            }
        }
        assertFalse(page.messageShown());
        chosen.add(data);
        page.pressImport();
        waitUntil(() -> !model.busyProperty().get() && model.clips().size() == 4);
        assertEquals(List.of(FileChoice.Purpose.OPEN_TRAINING_FOLDER), asked);
        assertEquals(List.of("left", "right"), onFx(() -> model.classes()));
        assertEquals(2, page.classCount());
        assertEquals(2, page.thumbnails(1));
        assertEquals("Imported 4 clips of 2 classes from " + data, page.message());
        assertTrue(onFx(() -> model.mirrorPartner(0) == 1), "left and right pair by name");
    }

    @Test
    void aBadFolderSaysWhatIsWrongAndChangesNothing(FxRobot robot) throws IOException {
        TrainingSetPage page = new TrainingSetPage(robot);
        robot.interact(() -> model.addClip(0, new MotionClips(4).next(Motion.RIGHT, 16, 32, 32)));
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        chosen.add(empty);
        page.pressImport();
        waitUntil(() -> !page.message().isEmpty());
        assertEquals("Nothing imported: " + empty + ": needs a folder per class and at least two classes, found 0",
                page.message());
        assertTrue(page.messageShown());
        assertEquals(1, onFx(() -> model.clips().size()));
        assertEquals(3, page.classCount());

        page.pressImport(); // cancelled: nothing asked of the model
        assertEquals(1, onFx(() -> model.clips().size()));
    }
}
