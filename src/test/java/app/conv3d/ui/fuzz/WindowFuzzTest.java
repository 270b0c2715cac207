package app.conv3d.ui.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CameraDriver;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.walkthrough.LessonClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window under a seeded monkey ({@link Monkey}), set up as the app sets it up: the compute thread, the
 * lesson clock, the classroom's menus and dialogs, the virtual camera. Fails on any uncaught exception, on the
 * FX thread being blocked for more than 500 ms ({@link FxWatchdog}), and when, checked every 100 events once the lesson is quiet,
 * the arithmetic's total is not the feature value at the kernel's position. The first 100 events are a warm-up for
 * the watchdog: the first showing of each menu, dialog and panel loads its classes and runs interpreted code (600-800
 * ms on a busy two-core machine), which says nothing about the window once it has been used; the longest wait of the
 * warm-up is printed.
 *
 * <p>{@code -Dfuzz.events=10000 -Dfuzz.seed=N} runs longer or another sequence (default: 2000 events, seed 1).
 * File choosers are answered by the test: lessons are saved to and opened from a temporary folder, everything
 * else is cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFuzzTest {
    private static final long BLOCKED_LIMIT_MILLIS = 500;
    private static final int CHECK_EVERY = 100;
    private static final int WARM_UP = 100;

    @TempDir
    Path dir;

    private Stage stage;
    private Lesson lesson;
    private Classroom classroom;
    private ExecutorService compute;
    private LessonClock clock;
    private String cameraBefore;
    private final List<Path> savedLessons = new ArrayList<>();
    private final List<Path> savedKernels = new ArrayList<>();
    /** Answers "go ahead without saving?" the same way for a given seed. */
    private final java.util.Random answers = new java.util.Random(Long.getLong("fuzz.seed", 1L));

    @Start
    void start(Stage stage) {
        this.stage = stage;
        cameraBefore = System.setProperty(CameraDriver.PROPERTY, CameraDriver.TEST_PATTERN.id());
        compute = ComputeThread.create();
        lesson = new Lesson(compute, Platform::runLater);
        lesson.setLessonSize(LessonSize.MEDIUM);
        MainWindow window = new MainWindow(lesson, 1280, 720);
        stage.setScene(window.scene());
        // Unsaved work: the monkey's seeded coin answers the question a modal dialog would ask.
        classroom = Classroom.install(stage, window, compute, this::answer, new RecentLessons(dir.resolve("recent.txt")),
                (question, goAhead) -> answers.nextBoolean());
        // F10 and the arrow keys reach File > Quit, out of the mouse's reach: it must not end the toolkit under test
        classroom.setEnding(() -> { }); // Quit asked (and answered) is all the monkey can check
        clock = new LessonClock(lesson);
        clock.start();
        stage.show();
        lesson.load(DefaultLesson.clip(), DefaultLesson.kernels());
    }

    /**
     * Saves go to a new file in the temporary folder; opening a lesson or kernels opens the last one saved; a training
     * folder is the temporary folder (a bad one); the rest cancel.
     */
    private Optional<Path> answer(Window owner, FileChoice.Purpose purpose) {
        if (purpose == FileChoice.Purpose.SAVE_LESSON) {
            Path p = dir.resolve("lesson-" + savedLessons.size() + LessonFile.EXTENSION);
            savedLessons.add(p);
            return Optional.of(p);
        }
        if (purpose == FileChoice.Purpose.OPEN_LESSON) {
            return savedLessons.stream().filter(Files::exists).reduce((a, b) -> b);
        }
        if (purpose == FileChoice.Purpose.SAVE_KERNEL || purpose == FileChoice.Purpose.SAVE_BANK) {
            Path p = dir.resolve("kernels-" + savedKernels.size() + (savedKernels.size() % 2 == 0 ? ".json" : ".npy"));
            savedKernels.add(p);
            return Optional.of(p);
        }
        if (purpose == FileChoice.Purpose.OPEN_KERNELS) {
            return savedKernels.stream().filter(Files::exists).reduce((a, b) -> b);
        }
        if (purpose == FileChoice.Purpose.OPEN_TRAINING_FOLDER) {
            return Optional.of(dir); // no folder per class in it: the import must say so and change nothing
        }
        return Optional.empty();
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            clock.stop();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            stage.hide(); // releases the camera if the monkey left live mode on
            return null;
        });
        compute.shutdownNow();
        if (cameraBefore == null) {
            System.clearProperty(CameraDriver.PROPERTY);
        } else {
            System.setProperty(CameraDriver.PROPERTY, cameraBefore);
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void theWindowSurvivesAMonkey(FxRobot robot) throws Exception {
        int events = Integer.getInteger("fuzz.events", 2000);
        long seed = Long.getLong("fuzz.seed", 1L);
        Monkey monkey = new Monkey(robot, seed, stage, classroom.menuBar());
        awaitQuiet();
        UncaughtExceptions uncaught = onFx(UncaughtExceptions::new);
        OnScreen onScreen = onFx(OnScreen::new);
        try (FxWatchdog watchdog = new FxWatchdog(BLOCKED_LIMIT_MILLIS)) {
            for (int i = 1; i <= events; i++) {
                Exception failed = null;
                try {
                    monkey.step();
                } catch (Exception e) {
                    failed = e;
                }
                String context = "seed " + seed + ", event " + i + "; the last events:\n  "
                        + String.join("\n  ", monkey.recentEvents());
                if (failed != null) {
                    throw new AssertionError("the monkey could not carry out its event, " + context
                            + "\nthe FX thread is at:" + fxThreadStack(), failed);
                }
                assertTrue(uncaught.seen().isEmpty(), () -> "uncaught exception, " + context + "\n" + uncaught.seen().get(0));
                if (i == WARM_UP) {
                    System.out.println("fuzz: the FX thread's longest block in the first " + WARM_UP + " events (first use): "
                            + watchdog.longestMillis() + " ms (a ping waited " + watchdog.wallOfLongestMillis() + " ms)");
                    watchdog.reset();
                }
                assertTrue(i <= WARM_UP || watchdog.longestMillis() <= BLOCKED_LIMIT_MILLIS, () -> "the FX thread was blocked for "
                        + watchdog.longestMillis() + " ms (a ping waited " + watchdog.wallOfLongestMillis() + " ms), "
                        + context + "\nit was at:" + watchdog.stackOfLongest());
                if (i % CHECK_EVERY == 0) {
                    try {
                        awaitQuiet();
                    } catch (java.util.concurrent.TimeoutException e) {
                        throw new AssertionError("the lesson never became quiet, " + context
                                + "\nthe FX thread is at:" + fxThreadStack(), e);
                    }
                    Optional<String> wrong = onFx(() -> LessonInvariant.violation(lesson));
                    assertTrue(wrong.isEmpty(), () -> wrong.get() + "; " + context);
                }
            }
        } finally {
            Platform.runLater(uncaught::close); // not waited for: a failure above must not be masked by this one
            Platform.runLater(onScreen::close);
        }
    }

    /** Where the FX thread is now, for a failure message. */
    private static String fxThreadStack() {
        StringBuilder text = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("JavaFX Application Thread")) {
                for (int i = 0; i < Math.min(50, stack.length); i++) {
                    text.append("\n\tat ").append(stack[i]);
                }
            }
        });
        return text.toString();
    }

    /** Until no recompute is in flight and the FX thread has caught up. */
    private void awaitQuiet() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !lesson.computingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }
}
