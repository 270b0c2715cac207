package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.io.RecentLessons;
import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.i18n.Languages;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, dressed as the app dresses it, at the sizes a classroom meets: a 1280x720 projector, a full-HD
 * one, each at 100% and 200% text. Nothing the teacher reads may be cut to "…", every pane must be on screen, and
 * the arithmetic's answer stays in view in its column, however narrow.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The stage is shared with the test classes that run next: give it back small and plain. */
    @AfterEach
    void giveTheStageBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 320, 240));
            stage.sizeToScene();
        }).get(30, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}x{1} at {2}% ({3})")
    @CsvSource({
        "1280, 720, 100, projector",
        "1280, 720, 100, dark",
        "1920, 1080, 100, projector",
        "1920, 1080, 200, projector",
        "1920, 1080, 200, dark",
        "1600, 900, 150, projector",
    })
    void everyWordIsWholeAndEveryPaneOnScreen(int width, int height, int scale, String theme) throws Exception {
        MainWindow window = show(width, height, scale, theme);
        Scene scene = window.scene();
        WaitForAsyncUtils.asyncFx(() -> {
            List<String> cut = new ArrayList<>();
            collectCut(scene.getRoot(), cut);
            assertTrue(cut.isEmpty(), "cut to an ellipsis: " + cut);

            assertEquals(width, scene.getWidth(), 0.5, "the window has the size asked for");
            assertEquals(width, scene.getRoot().getLayoutBounds().getWidth(), 0.5, "the window is not wider than the screen");
            assertOnScreen(scene, window.lessonBar(), "top bar");
            assertOnScreen(scene, window.features(), "features");
            assertOnScreen(scene, window.controls(), "walkthrough controls");
            assertOnScreen(scene, window.volumeView(), "volume view");
            assertOnScreen(scene, window.arithmetic(), "arithmetic");
            assertOnScreen(scene, scene.lookup("#positionLabel"), "position");
            // the answer is in view without scrolling, under the position if need be
            Node answer = scene.lookup("#mathValue");
            Bounds a = answer.localToScene(answer.getLayoutBounds());
            Node math = window.arithmetic();
            Bounds m = math.localToScene(math.getLayoutBounds());
            assertTrue(a.getMinX() >= m.getMinX() && a.getMaxX() <= m.getMaxX()
                    && a.getMinY() >= m.getMinY() && a.getMaxY() <= m.getMaxY(), "the answer " + a + " inside " + m);
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}x{1} at {2}% with the kernel lab open")
    @CsvSource({"1280, 720, 100", "1920, 1080, 100", "1920, 1080, 200"})
    void theKernelLabFitsBesideThePanes(int width, int height, int scale) throws Exception {
        MainWindow window = show(width, height, scale, "dark");
        Scene scene = window.scene();
        WaitForAsyncUtils.asyncFx(() -> ((ToggleButton) scene.lookup("#kernelLabButton")).setSelected(true))
                .get(30, TimeUnit.SECONDS);
        settle(scene);
        WaitForAsyncUtils.asyncFx(() -> {
            assertOnScreen(scene, window.kernelLab().orElseThrow(), "kernel lab");
            assertOnScreen(scene, window.features(), "features");
            assertOnScreen(scene, window.volumeView(), "volume view");
            assertTrue(window.arithmetic().getScene() == null, "the lab takes the arithmetic's place");
            assertOnScreen(scene, window.lessonBar(), "top bar");
            assertOnScreen(scene, scene.lookup("#positionLabel"), "position");
            List<String> cut = new ArrayList<>();
            collectCut(scene.lookup("#lessonBar"), cut);
            assertTrue(cut.isEmpty(), "cut to an ellipsis: " + cut);
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}x{1} at {2}%")
    @CsvSource({"1920, 1080, 100", "1280, 720, 100", "1920, 1080, 200", "1280, 720, 200"})
    void theTopBarKeepsItsWordsAsLongAsItCan(int width, int height, int scale) throws Exception {
        MainWindow window = show(width, height, scale, "projector");
        Scene scene = window.scene();
        LessonBar bar = (LessonBar) scene.lookup("#lessonBar");
        WaitForAsyncUtils.asyncFx(() -> {
            AdaptiveBar.Arrangement a = bar.arrangement();
            if (width == 1920 && scale == 100) {
                assertEquals(new AdaptiveBar.Arrangement(false, 0), a, "a full-HD projector has room for every word");
            } else {
                assertTrue(a.shortened() > 0 || a.twoRows(), "a smaller room asks for shorter words: " + a);
            }
            // a shortened button still says in full what it does, to a screen reader and in its tooltip
            Labeled record = (Labeled) scene.lookup("#recordButton");
            assertEquals("Record clip\u2026", record.getAccessibleText());
            if (!"Record clip\u2026".equals(record.getText())) {
                assertEquals("Record clip\u2026", record.getTooltip().getText());
            }
            double barBottom = bar.localToScene(bar.getLayoutBounds()).getMaxY();
            double columnsTop = window.features().localToScene(window.features().getLayoutBounds()).getMinY();
            assertTrue(barBottom <= columnsTop, "the bar's rows sit above the panes");
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    /** A 1280x720 projector shows the bar on one row in every language: the lesson keeps the rest of the height. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "es"})
    void theTopBarTakesOneRowAtAProjectorsSizeInEveryLanguage(String tag) throws Exception {
        try {
            Languages.use(java.util.Locale.forLanguageTag(tag));
            MainWindow window = show(1280, 720, 100, "projector");
            LessonBar bar = (LessonBar) window.scene().lookup("#lessonBar");
            WaitForAsyncUtils.asyncFx(() -> {
                assertTrue(!bar.arrangement().twoRows(), tag + ": " + bar.arrangement());
                List<String> cut = new ArrayList<>();
                collectCut(bar, cut);
                assertTrue(cut.isEmpty(), "cut to an ellipsis: " + cut);
                return null;
            }).get(30, TimeUnit.SECONDS);
        } finally {
            Languages.use(Languages.ENGLISH);
        }
    }

    private MainWindow show(int width, int height, int scale, String theme) throws Exception {
        MainWindow s = WaitForAsyncUtils.asyncFx(() -> {
            // the real lesson at full size, as the class sees it: its numbers are the longest the panels show
            Lesson lesson = new Lesson(Runnable::run, Runnable::run);
            lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
            MainWindow window = new MainWindow(lesson, width, height);
            Scene scene = window.scene();
            stage.setScene(scene);
            Classroom c = Classroom.install(stage, window, Runnable::run, (owner, purpose) -> Optional.empty(),
                    new RecentLessons(dir.resolve("recent.txt")));
            c.appearance().themeProperty().set(Theme.parse(theme));
            c.appearance().scaleProperty().set(UiScale.of(scale));
            stage.sizeToScene();
            stage.show();
            lesson.moveTo(40_000);
            return window;
        }).get(30, TimeUnit.SECONDS);
        settle(s.scene());
        return s;
    }

    /** A few layout passes: the bar and the volume's toolbar settle their arrangement in the first. */
    private static void settle(Scene s) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                s.getRoot().applyCss();
                s.getRoot().layout();
            }).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Every visible Labeled under {@code node} whose skin draws its text cut to an ellipsis. */
    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String ellipsis = l.getEllipsisString();
            for (Node n : l.lookupAll(".text")) {
                if (n instanceof Text t && t.getParent() == l && t.getText() != null
                        && t.getText().endsWith(ellipsis) && !l.getText().endsWith(ellipsis)) {
                    cut.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " '" + l.getText()
                            + "' drawn as '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    private static void assertOnScreen(Scene scene, Node node, String name) {
        assertTrue(node != null && node.isVisible(), name + " is shown");
        Bounds b = node.localToScene(node.getLayoutBounds());
        assertTrue(b.getWidth() > 20 && b.getHeight() > 20, name + " has room: " + b);
        assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= scene.getWidth() + 0.5
                && b.getMaxY() <= scene.getHeight() + 0.5, name + " lies inside the window: " + b);
    }
}
