package app.conv3d.ui;

import app.conv3d.ui.app.AppIcon;
import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.layout.LayoutMemory;
import app.conv3d.ui.files.OpenFileEvents;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.settings.UserSettings;
import app.conv3d.ui.walkthrough.LessonClock;
import app.conv3d.core.Conv3d;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: the teaching window on the default lesson. Opened through {@link #open}, the default
 * lesson's clip is drawn and convolved on the compute thread while the toolkit starts and the window is built, so
 * the first picture is the lesson's, not a wait.
 */
public final class ExplorerApp extends Application {
    /** Set by {@link #open} before the toolkit starts, taken by {@link #start}. */
    private static volatile Head head;

    private ExecutorService compute;
    private LessonClock clock;
    /** Whether the default lesson worked out ahead has been taken (it is offered before and after the window shows). */
    private boolean taken;

    private StartOptions options = StartOptions.NONE;
    private Classroom classroom;

    /**
     * What {@link #open} prepared: the worker, the lesson worked out ahead, the gate of the engine's warm-up, the
     * files the system asks to open, and how the window starts.
     */
    private record Head(ExecutorService compute, DefaultLesson.Ahead ahead, CompletableFuture<Void> started,
            OpenFileEvents opened, StartOptions options) {
    }

    /** The engine's warm-up starts at the latest this long after launch, should the first picture never come. */
    private static final long WARM_UP_LATEST_SECONDS = 20;

    /**
     * Opens the window and blocks until it closes. The default lesson is worked out meanwhile, on the scalar engine:
     * the fast engine's warm-up (a core's worth of compiling for seconds) waits until the first picture is on its way.
     */
    public static void open() {
        open(StartOptions.NONE);
    }

    /** As {@link #open()}, the window starting as {@code options} say. */
    public static void open(StartOptions options) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Conv3d.delayWarmUp(started.completeOnTimeout(null, WARM_UP_LATEST_SECONDS, TimeUnit.SECONDS));
        Conv3d.warmUp();
        ExecutorService compute = ComputeThread.create();
        // before the toolkit starts: macOS may send the double-clicked lesson that started the app at once
        OpenFileEvents opened = OpenFileEvents.listen();
        head = new Head(compute, DefaultLesson.ahead(compute), started, opened, options);
        Application.launch(ExplorerApp.class);
    }

    @Override
    public void start(Stage stage) {
        long started = StartupProbe.uptime();
        Head h = head != null ? head : new Head(ComputeThread.create(), null, new CompletableFuture<>(),
                new OpenFileEvents(), StartOptions.NONE);
        head = null;
        compute = h.compute();
        options = h.options();
        DefaultLesson.Ahead ahead = h.ahead() != null ? h.ahead() : DefaultLesson.ahead(compute);
        Lesson lesson = new Lesson(compute, Platform::runLater);
        // A bug in a view must not end the lesson: say so in the window and carry on.
        Thread.currentThread().setUncaughtExceptionHandler((thread, problem) -> lesson.report(problem));
        lesson.announce(Messages.text("start.loadingClip"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1920, screen.getWidth());
        double height = Math.min(1080, screen.getHeight());
        stage.setTitle(MainWindow.TITLE);
        // The teacher's dividers, look, camera and folder come back as they were left last time.
        // bench --startup's window remembers nothing: its figures must not depend on a teacher's settings
        UserSettings settings = Boolean.getBoolean(StartupProbe.PROPERTY) ? UserSettings.none() : UserSettings.user();
        MainWindow window = new MainWindow(lesson, width, height, LayoutMemory.of(settings));
        stage.setScene(window.scene());
        AppIcon.dress(stage);
        classroom = Classroom.install(stage, window, settings); // present: menus, files, exports, themes
        stage.setMaximized(screen.getWidth() <= 1920 && screen.getHeight() <= 1080);
        options.dress(classroom, stage);
        clock = new LessonClock(lesson);
        clock.start();
        StartupProbe.attachIfAsked(stage, lesson, started, ahead.clip());
        // Usually the features are ready before the window is built: then its first frame already shows them.
        if (ahead.computed().isDone()) {
            take(ahead, lesson, window.scene(), h.started());
        }
        stage.show();
        options.begin(classroom);
        h.opened().deliverTo(classroom::openRequested, Platform::runLater);
        ahead.clip().thenRun(() -> Platform.runLater(() -> lesson.announce(Messages.text("start.computing"))));
        ahead.computed().whenComplete((computed, problem) -> Platform.runLater(() -> take(ahead, lesson, window.scene(),
                h.started())));
    }

    /** Shows the default lesson worked out ahead (once), unless a clip was opened meanwhile. */
    private void take(DefaultLesson.Ahead ahead, Lesson lesson, Scene scene, CompletableFuture<Void> started) {
        if (taken) {
            return;
        }
        taken = true;
        try {
            if (lesson.sourceClipProperty().get() == null) { // nobody opened a clip meanwhile
                lesson.load(DefaultLesson.clip(), ahead.computed().join());
                if (options.lessonSize() != null) {
                    lesson.setLessonSize(options.lessonSize());
                    classroom.commands().changes().markSaved(); // still the opening lesson: nothing to lose
                }
            }
        } catch (java.util.concurrent.CompletionException e) {
            lesson.report(e.getCause());
        }
        // once the features are on screen the start-up is done, and the engine may compile its fast path
        RenderedFrames.of(scene).afterNextFrame(presented -> started.complete(null));
    }

    @Override
    public void stop() {
        if (clock != null) {
            clock.stop();
        }
        if (compute != null) {
            compute.shutdownNow();
        }
    }
}
