package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Volume;
import app.conv3d.io.ClipReader;
import app.conv3d.io.FrameSize;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.export.ExportKind;
import app.conv3d.ui.export.ExportOutcome;
import app.conv3d.ui.export.ExportRun;
import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom around the teaching window, headless. The lesson computes on the FX thread (tiny size),
 * file work runs where the command is called, and results come back through Platform.runLater, as in
 * the app. File choices are answered from a queue instead of a native dialog.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    @TempDir
    Path dir;

    private Stage stage;
    private Lesson lesson;
    private Classroom classroom;
    private ClassroomPage page;
    private final ArrayDeque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(clip(1), kernels(1));
        MainWindow window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        FileChoice files = (owner, purpose) -> Optional.ofNullable(chosen.poll());
        classroom = Classroom.install(stage, window, Runnable::run, files, new RecentLessons(dir.resolve("recent.txt")));
        stage.show();
    }

    @BeforeEach
    void page(FxRobot robot) {
        page = new ClassroomPage(robot, classroom.menuBar());
    }

    static Volume clip(long seed) {
        Random rnd = new Random(seed);
        float[] data = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(16, 32, 32, 3, data);
    }

    /** Every frame one flat colour, so resizing keeps every value. */
    static Volume flatClip() {
        float[] data = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < data.length; i++) {
            int t = i / (32 * 32 * 3);
            int c = i % 3;
            data[i] = (t * 13 + c * 70) % 256;
        }
        return new Volume(16, 32, 32, 3, data);
    }

    static KernelBank kernels(int count) {
        Random rnd = new Random(5);
        Kernel[] k = new Kernel[count];
        for (int n = 0; n < count; n++) {
            float[] w = new float[3 * 3 * 3 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (0.5 * rnd.nextGaussian());
            }
            k[n] = new Kernel(3, 3, 3, 3, w, 0.25f * n);
        }
        return new KernelBank(List.of(k));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        T value = f.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private List<Path> filesInDir() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("recent.txt")).toList();
        }
    }

    // ---- View ----

    @Test
    void themesSwapTheirStylesheet() {
        var sheets = stage.getScene().getStylesheets();
        assertTrue(sheets.contains(Theme.PROJECTOR.stylesheetUrl()), "projector is the default");
        assertFalse(sheets.contains(Theme.DARK.stylesheetUrl()));
        page.choose("menuThemeDARK");
        assertTrue(sheets.contains(Theme.DARK.stylesheetUrl()));
        assertFalse(sheets.contains(Theme.PROJECTOR.stylesheetUrl()));
        assertTrue(sheets.stream().anyMatch(s -> s.endsWith("explorer.css")), "the base sheet stays");
        page.choose("menuSwitchTheme");
        assertEquals(Theme.PROJECTOR, classroom.appearance().themeProperty().get());
        assertTrue(sheets.contains(Theme.PROJECTOR.stylesheetUrl()));
    }

    @Test
    void textSizeScalesTheRootFontAndEverythingInEm() {
        double normal = page.panelTitleFontPx();
        assertEquals(21, normal, 0.6, "explorer.css's 21px panel title at 100%");
        page.choose("menuScale200");
        assertEquals("-fx-font-size: 34.0px;", stage.getScene().getRoot().getStyle());
        assertEquals(2 * normal, page.panelTitleFontPx(), 0.6);
        page.choose("menuSmaller");
        assertEquals(UiScale.P175, classroom.appearance().scaleProperty().get());
        page.choose("menuActualSize");
        assertEquals("", stage.getScene().getRoot().getStyle());
        assertEquals(normal, page.panelTitleFontPx(), 0.01);
    }

    @Test
    void f11AsksForFullScreenAndTheMenuFollows() {
        boolean before = stage.isFullScreen();
        page.press(KeyCode.F11);
        assertNotEquals(before, stage.isFullScreen());
        page.press(KeyCode.F11);
        assertEquals(before, stage.isFullScreen());
    }

    // ---- Help ----

    @Test
    void f1ListsEveryShortcutOnce() {
        assertTrue(page.shortcutTexts().isEmpty());
        page.press(KeyCode.F1);
        List<String> texts = page.shortcutTexts().orElseThrow(() -> new AssertionError("no shortcuts window"));
        for (Shortcut s : Shortcut.values()) {
            assertEquals(1, texts.stream().filter(s.displayText()::equals).count(),
                    () -> s.displayText() + " should be listed once in " + texts);
            assertTrue(texts.contains(s.action()), () -> s.action() + " missing from " + texts);
        }
        page.press(KeyCode.ESCAPE);
        assertTrue(page.shortcutTexts().isEmpty(), "Esc closes the list");
        page.typeQuestionMark();
        assertTrue(page.shortcutTexts().isPresent(), "? opens it too");
    }

    @Test
    void everyMenuAcceleratorIsOneEntryOfTheTableAndNoKeyIsBoundTwice() {
        List<javafx.scene.input.KeyCombination> menu = page.menuAccelerators();
        assertEquals(menu.size(), new java.util.HashSet<>(menu).size(), () -> "a key is on two menu items: " + menu);
        for (var key : menu) {
            assertTrue(Shortcut.of(key).isPresent(), () -> key.getName() + " is on a menu but not in ui.app.Shortcut");
        }
        // The window's own accelerators (the kernel lab) are in the table too, and on no menu item.
        for (var key : stage.getScene().getAccelerators().keySet()) {
            assertTrue(Shortcut.of(key).isPresent(), () -> key.getName() + " is bound but not in ui.app.Shortcut");
        }
    }

    @Test
    void ctrlKOpensTheKernelLabAndLeavesTheKernelAlone() throws Exception {
        onFx(() -> {
            lesson.setKernelBank(kernels(2));
            return null;
        });
        page.press(Shortcut.KERNEL_LAB);
        assertTrue(page.kernelLabShown(), "Ctrl+K shows the kernel lab");
        assertEquals(0, lesson.kernelIndexProperty().get(), "Ctrl+K is not next kernel");
        page.press(Shortcut.KERNEL_LAB);
        assertFalse(page.kernelLabShown(), "and hides it again");
        page.press(Shortcut.NEXT_KERNEL);
        assertEquals(1, lesson.kernelIndexProperty().get());
        page.press(Shortcut.PREVIOUS_KERNEL);
        assertEquals(0, lesson.kernelIndexProperty().get());
    }

    @Test
    void theWindowsControlsExplainTheirIdea() {
        int explained = 0;
        for (String id : ControlHints.HINTS.keySet()) {
            if (page.isShowing(id)) {
                assertTrue(page.tooltipOf(id) != null && page.tooltipOf(id).endsWith("."), id);
                assertTrue(page.accessibleTextOf(id) != null, id);
                explained++;
            }
        }
        assertTrue(explained >= 10, "only " + explained + " of the window's controls were found");
    }

    @Test
    void theLessonMenuReachesTheWindowsControls() throws Exception {
        onFx(() -> {
            lesson.setKernelBank(kernels(2));
            return null;
        });
        page.choose("menuNextKernel");
        assertEquals(1, lesson.kernelIndexProperty().get());
        page.choose("menuPreviousKernel");
        assertEquals(0, lesson.kernelIndexProperty().get());
        page.choose("menuShowAll");
        assertTrue(lesson.showAllProperty().get());
        page.choose("menuStepForward");
        assertEquals(1, lesson.positionProperty().get());
    }

    // ---- File ----

    @Test
    void aClipThatWillNotOpenIsReportedAndChangesNothing() throws Exception {
        Path bad = dir.resolve("broken.npy");
        Files.writeString(bad, "this is not a NumPy file");
        Volume clipBefore = lesson.sourceClipProperty().get();
        Computed before = lesson.computedProperty().get();
        chosen.add(bad);
        page.choose("menuOpenClip");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.errorShown());
        assertTrue(page.errorText().contains("broken.npy"), page.errorText());
        assertFalse(page.errorText().contains("Exception"), page.errorText());
        assertSame(clipBefore, lesson.sourceClipProperty().get());
        assertSame(before, lesson.computedProperty().get());
    }

    @Test
    void aGoodClipFolderBecomesTheLessonsClip() throws Exception {
        Path folder = dir.resolve("frames");
        onFx(() -> {
            lesson.load(flatClip(), lesson.bankProperty().get());
            return null;
        });
        assertTrue(await(onFx(() -> classroom.commands().saveClipPngs(folder))));
        onFx(() -> {
            lesson.load(clip(9), lesson.bankProperty().get());
            return null;
        });
        assertTrue(await(onFx(() -> classroom.commands().openClip(folder))));
        Volume opened = lesson.sourceClipProperty().get();
        assertEquals(16, opened.frames());
        // Read at the largest lesson size (256x256): the 32x32 frames come back enlarged, same colours.
        assertEquals(new Axis3(16, 256, 256), opened.size());
        for (int t : new int[] {0, 3, 15}) {
            for (int c = 0; c < 3; c++) {
                assertEquals(flatClip().get(t, 0, 0, c), opened.get(t, 100, 200, c), 1.0f);
            }
        }
        assertFalse(page.errorShown());
    }

    @Test
    void aDroppedGifOpensAsTheClip() throws Exception {
        Path gif = dir.resolve("dropped.gif");
        app.conv3d.io.RgbGif.write(gif, flatClip(), 100);
        onFx(() -> {
            classroom.openDropped(gif);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> lesson.sourceClipProperty().get().height() == 256));
        WaitForAsyncUtils.waitForFxEvents();
        Volume opened = lesson.sourceClipProperty().get();
        assertEquals(new Axis3(16, 256, 256), opened.size());
        assertEquals(flatClip().get(7, 0, 0, 2), opened.get(7, 128, 128, 2), 3.0f);
        assertFalse(page.errorShown());
    }

    @Test
    void aSavedLessonOpensAsItWas() throws Exception {
        KernelBank two = kernels(2);
        ConvSpec geometry = ConvSpec.VALID.withStride(new Axis3(1, 2, 2)).withRelu(true);
        FeatureDisplay display = new FeatureDisplay(Normalization.MINMAX, Colormap.values()[Colormap.values().length - 1]);
        onFx(() -> {
            lesson.setSpec(geometry);
            lesson.setKernelBank(two);
            lesson.selectKernel(1);
            lesson.setDisplay(display);
            lesson.moveTo(1, 3, 4);
            return null;
        });
        Axis3 position = lesson.walkthroughProperty().get().position();
        Volume clip = lesson.sourceClipProperty().get();
        Path file = dir.resolve("lesson" + LessonFile.EXTENSION);
        chosen.add(file);
        page.choose("menuSaveLesson");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        assertEquals(List.of(file.toAbsolutePath().normalize()), classroom.commands().recentLessons());

        await(onFx(() -> classroom.commands().resetAll()));
        assertEquals(LessonSize.FULL, lesson.lessonSizeProperty().get());
        assertEquals(ConvSpec.VALID, lesson.specProperty().get());
        assertEquals(0, lesson.positionProperty().get());
        // The full-size default lesson is big for a test: back to tiny before opening.
        onFx(() -> {
            lesson.setLessonSize(LessonSize.TINY);
            return null;
        });

        assertTrue(await(onFx(() -> classroom.commands().openLesson(file))));
        assertFalse(page.errorShown());
        assertEquals(LessonSize.TINY, lesson.lessonSizeProperty().get());
        assertEquals(geometry, lesson.computedProperty().get().spec());
        assertEquals(2, lesson.computedProperty().get().bank().count());
        assertEquals(0.25f, lesson.computedProperty().get().bank().get(1).bias());
        assertEquals(1, lesson.kernelIndexProperty().get());
        assertEquals(display, lesson.displayProperty().get());
        assertEquals(position, lesson.walkthroughProperty().get().position());
        assertEquals(clip.size(), lesson.sourceClipProperty().get().size());
        assertEquals(clip.get(5, 7, 9, 2), lesson.sourceClipProperty().get().get(5, 7, 9, 2));
    }

    @Test
    void aDamagedLessonIsReportedAndChangesNothing() throws Exception {
        Path file = dir.resolve("damaged" + LessonFile.EXTENSION);
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Computed before = lesson.computedProperty().get();
        assertFalse(await(onFx(() -> classroom.commands().openLesson(file))));
        assertTrue(page.errorShown());
        assertTrue(page.errorText().startsWith(file.toString()), page.errorText());
        assertSame(before, lesson.computedProperty().get());
        assertTrue(classroom.commands().recentLessons().isEmpty());
    }

    // ---- Export ----

    @Test
    void aFeatureGifExportsWithProgressAndReadsBack() throws Exception {
        Path gif = dir.resolve("features.gif");
        ExportRun run = onFx(() -> {
            classroom.showExport(ExportKind.FEATURE_GIF);
            classroom.exportDialog().setScale(3);
            classroom.exportDialog().setDelay(120);
            return classroom.exportDialog().export(gif).orElseThrow();
        });
        ExportOutcome outcome = await(run.outcome());
        assertEquals(ExportOutcome.Status.WRITTEN, outcome.status(), outcome.message());
        assertEquals(1.0, run.progressProperty().get());
        var features = lesson.computedProperty().get().features();
        Volume back = ClipReader.read(gif, 100, FrameSize.NATIVE);
        assertEquals(new Axis3(features.frames(), features.height() * 3, features.width() * 3), back.size());
        assertEquals(List.of(gif), filesInDir());
        assertTrue(classroom.exportDialog().statusText().contains("features.gif"));
    }

    @Test
    void aCancelledExportLeavesNothing() throws Exception {
        ArrayDeque<Runnable> held = new ArrayDeque<>();
        Executor gate = held::add;
        var dialog = onFx(() -> new app.conv3d.ui.export.ExportDialog(stage, lesson, gate,
                (owner, purpose) -> Optional.empty(), List::of));
        Path gif = dir.resolve("bank.gif");
        ExportRun run = onFx(() -> {
            dialog.select(ExportKind.BANK_GRID_GIF);
            return dialog.export(gif).orElseThrow();
        });
        assertTrue(run.runningProperty().get());
        onFx(() -> {
            dialog.cancel();
            return null;
        });
        held.poll().run(); // the worker gets to it only now, and finds it cancelled
        assertEquals(ExportOutcome.Status.CANCELLED, await(run.outcome()).status());
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void aWalkthroughIsRecordedFromTheWindowOneFrameAPosition() throws Exception {
        Path gif = dir.resolve("walk.gif");
        int start = lesson.positionProperty().get();
        ExportRun run = onFx(() -> {
            classroom.showExport(ExportKind.WALKTHROUGH_GIF);
            classroom.exportDialog().setSteps(3, 7);
            return classroom.exportDialog().export(gif).orElseThrow();
        });
        ExportOutcome outcome = await(run.outcome());
        assertEquals(ExportOutcome.Status.WRITTEN, outcome.status(), outcome.message());
        Volume back = ClipReader.read(gif, 100, FrameSize.NATIVE);
        assertEquals(5, back.frames());
        assertTrue(back.width() > back.height(), "volume and features side by side: " + back.size());
        assertEquals(start, lesson.positionProperty().get(), "the kernel goes back where it was");
        // The kernel moved between frames, so the frames differ.
        assertNotEquals(frameSum(back, 0), frameSum(back, 4));
    }

    private static double frameSum(Volume v, int t) {
        double sum = 0;
        for (int y = 0; y < v.height(); y++) {
            for (int x = 0; x < v.width(); x++) {
                sum += v.get(t, y, x, 0) * (1 + y * 31 + x);
            }
        }
        return sum;
    }

    @Test
    void aCancelledWalkthroughRecordingLeavesNothing() throws Exception {
        Path gif = dir.resolve("walk.gif");
        ExportRun run = onFx(() -> {
            classroom.showExport(ExportKind.WALKTHROUGH_GIF);
            classroom.exportDialog().setSteps(1, 50);
            ExportRun r = classroom.exportDialog().export(gif).orElseThrow();
            r.progressProperty().addListener((obs, old, now) -> {
                if (now.doubleValue() > 0) {
                    r.cancel(); // after the first frame has been taken
                }
            });
            return r;
        });
        assertEquals(ExportOutcome.Status.CANCELLED, await(run.outcome()).status());
        // the encoder thread deletes its spill file after the outcome
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> filesInDir().isEmpty());
    }
}
