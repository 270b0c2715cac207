package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.io.RecentLessons;
import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.layout.StageShares;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage first: at every classroom size and text size, with the kernel lab open or closed, the volume and the
 * features are the window's two largest regions and each keeps its share of the width (30% on a 1280-pixel
 * projector, 35% at full HD). Measured as {@code snapshot --layout} measures, on the real default lesson.
 */
@ExtendWith(ApplicationExtension.class)
class StageLayoutTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void giveTheStageBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setFullScreen(false);
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 320, 240));
            stage.sizeToScene();
        }).get(30, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}x{1} at {2}%, kernel lab {3}")
    @CsvSource({
        "1280, 720, 100, false", "1280, 720, 100, true",
        "1280, 720, 150, false", "1280, 720, 150, true",
        "1280, 720, 200, false", "1280, 720, 200, true",
        "1600, 900, 100, false", "1600, 900, 150, true",
        "1920, 1080, 100, false", "1920, 1080, 100, true",
        "1920, 1080, 150, false", "1920, 1080, 200, true",
    })
    void theVolumeAndTheFeaturesKeepTheirShare(int width, int height, int scale, boolean lab, FxRobot robot)
            throws Exception {
        MainWindow window = show(width, height, scale);
        if (lab) {
            WaitForAsyncUtils.asyncFx(() -> window.layout().setKernelLabShown(true)).get(30, TimeUnit.SECONDS);
            settle(window.scene());
        }
        StagePage page = new StagePage(robot, window);
        double least = StageShares.minimum(width);
        double volume = page.widthShare("volume");
        double features = page.widthShare("features");
        assertTrue(volume >= least, "volume " + volume + " of the width, at least " + least + ": " + page.regions());
        assertTrue(features >= least, "features " + features + " of the width, at least " + least);
        String detail = lab ? "kernelLab" : "arithmetic";
        assertTrue(page.shows(detail), detail + " shows: " + page.regions());
        double side = page.widthShare(detail);
        assertTrue(side < volume && side < features, detail + " " + side + " is narrower than the stage views");
        assertEquals(lab, page.shows("kernelLab"));
        assertEquals(!lab, page.shows("arithmetic"), "the lab takes the arithmetic's place");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void foldingTheArithmeticGivesTheStageTheWidth(int width, int height, FxRobot robot) throws Exception {
        MainWindow window = show(width, height, 100);
        StagePage page = new StagePage(robot, window);
        double before = page.widthShare("volume") + page.widthShare("features");
        page.clickArithmeticButton();
        assertFalse(page.shows("arithmetic"));
        double after = page.widthShare("volume") + page.widthShare("features");
        assertTrue(after > before && after > 0.75, "the stage grows from " + before + " to " + after);
        assertTrue(page.shows("closeUp"), "the close-up stays beside the stage");
        page.pressShortcut(javafx.scene.input.KeyCode.M);
        assertTrue(page.shows("arithmetic"));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void aDividerDraggedTooFarStopsAtTheStagesShare(int width, int height, FxRobot robot) throws Exception {
        MainWindow window = show(width, height, 100);
        StagePage page = new StagePage(robot, window);
        double least = StageShares.minimum(width);
        page.dragLastDivider(-width); // the arithmetic reaching for the whole window
        assertTrue(page.widthShare("volume") >= least && page.widthShare("features") >= least, page.regions().toString());
        assertTrue(page.widthShare("arithmetic") < page.widthShare("features"), page.regions().toString());
        page.dragLastDivider(width); // and giving its room back
        assertTrue(page.widthShare("arithmetic") < 0.2, page.regions().toString());
        page.dragFirstDivider(-width);
        assertTrue(page.widthShare("volume") >= least, "volume " + page.widthShare("volume"));
        page.dragFirstDivider(2 * width);
        assertTrue(page.widthShare("features") >= least, "features " + page.widthShare("features"));
        assertTrue(page.widthShare("volume") > page.widthShare("features") + 0.02,
                "the volume took the room: " + page.regions());
    }

    @org.junit.jupiter.api.Test
    void f5ShowsOnlyTheStageAndThePlayControlsFullScreenAndEscLeaves(FxRobot robot) throws Exception {
        MainWindow window = show(1280, 720, 100);
        StagePage page = new StagePage(robot, window);
        page.clickKernelLabButton(); // the lab open as well: it goes too
        assertTrue(page.shows("kernelLab"));
        page.pressPresentationKey();
        assertTrue(page.presenting());
        assertTrue(page.fullScreen(), "full screen");
        assertFalse(page.lessonBarShown(), "no top bar");
        assertFalse(page.menuBarShown(), "no menus");
        assertFalse(page.shows("arithmetic"));
        assertFalse(page.shows("kernelLab"));
        assertTrue(page.controlsShown(), "the play controls stay");
        assertTrue(page.shows("volume") && page.shows("features") && page.shows("closeUp"));
        assertTrue(page.widthShare("volume") + page.widthShare("features") + page.widthShare("closeUp") > 0.95,
                page.regions().toString());
        assertTrue(page.widthShare("volume") + page.widthShare("features") > 0.75, page.regions().toString());

        page.pressPresentationKey();
        assertFalse(page.presenting(), "F5 again leaves");
        assertFalse(page.fullScreen());
        assertTrue(page.lessonBarShown() && page.menuBarShown());
        assertTrue(page.shows("kernelLab"), "the lab comes back as it was");

        page.pressPresentationKey();
        page.pressEscape();
        assertFalse(page.presenting(), "Esc leaves too");
        assertTrue(page.lessonBarShown());
    }

    private MainWindow show(int width, int height, int scale) throws Exception {
        MainWindow w = WaitForAsyncUtils.asyncFx(() -> {
            Lesson lesson = new Lesson(Runnable::run, Runnable::run);
            lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
            MainWindow window = new MainWindow(lesson, width, height);
            stage.setScene(window.scene());
            Classroom c = Classroom.install(stage, window, Runnable::run, (owner, purpose) -> Optional.empty(),
                    new RecentLessons(dir.resolve("recent.txt")));
            c.appearance().themeProperty().set(Theme.PROJECTOR);
            c.appearance().scaleProperty().set(UiScale.of(scale));
            stage.sizeToScene();
            stage.show();
            lesson.moveTo(40_000);
            return window;
        }).get(30, TimeUnit.SECONDS);
        settle(w.scene());
        return w;
    }

    /** A few layout passes: the bars settle their arrangement in the first. */
    static void settle(Scene s) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                s.getRoot().applyCss();
                s.getRoot().layout();
            }).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
