package app.conv3d.ui.app;

import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.capture.CaptureDialog;
import app.conv3d.ui.export.ExportDialog;
import app.conv3d.ui.export.ExportKind;
import app.conv3d.ui.files.AlertAsker;
import app.conv3d.ui.files.Asker;
import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.files.LessonCommands;
import app.conv3d.ui.files.NativeFileChoice;
import app.conv3d.ui.files.UnsavedWork;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.settings.UserSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * Everything a classroom needs around the teaching window: the menu bar (File, View, Help) with its
 * shortcuts, opening and saving clips and lessons, exports, drag and drop, full screen, theme and text
 * size. Each menu action is a public method here; the ones that need a file take it as an argument,
 * and the menus ask {@link FileChoice} first, so everything can be driven without a native dialog.
 */
public final class Classroom {
    private final Stage stage;
    private final MainWindow window;
    private final Lesson lesson;
    private final FileChoice files;
    private final LessonCommands commands;
    private final Appearance appearance;
    private final ExportDialog exports;
    private final UnsavedWork unsaved;
    private final MenuBar menuBar;
    private final UserSettings settings;
    private Stage shortcuts;
    private Runnable ending = () -> {
        stage().close();
        Platform.exit();
    };
    private Stage about;

    Classroom(Stage stage, MainWindow window, Executor background, Executor fx, FileChoice files,
            RecentLessons recent, Asker asker, UserSettings settings) {
        this.stage = Objects.requireNonNull(stage);
        this.settings = Objects.requireNonNull(settings);
        this.window = Objects.requireNonNull(window);
        this.lesson = window.lesson();
        this.files = Objects.requireNonNull(files);
        Scene scene = window.scene();
        if (stage.getScene() != scene) {
            throw new IllegalArgumentException("the stage needs the window's scene first");
        }
        this.commands = new LessonCommands(lesson, background, fx, recent);
        commands.setTraining(window.trainRun());
        this.unsaved = new UnsavedWork(commands.changes(), asker);
        this.appearance = Appearance.install(scene);
        appearance.remember(settings);
        this.exports = new ExportDialog(stage, lesson, background, files, window::recordedViews);
        this.menuBar = ClassroomMenus.build(this);
        window.setMenuBar(menuBar);
        window.setRecording(this::recordFromCamera);
        window.setFileChoice(files);
        window.setSettings(settings);
        // Skins first: the math panel sits in a ScrollPane, whose content joins the scene graph with its skin.
        Parent root = scene.getRoot();
        root.applyCss();
        ControlHints.apply(root);
        stage.setFullScreenExitHint(Messages.text("fullScreen.exitHint"));
        installKeys(scene);
        installDrop(scene);
        stage.setOnCloseRequest(e -> { // the window's close button, as File ▸ Quit
            if (!unsaved.mayDiscard(Messages.text("discard.quit"))) {
                e.consume();
            }
        });
        // The export and help windows follow the main window's look when it changes.
        appearance.themeProperty().addListener((obs, old, now) -> dressChildWindows());
        appearance.scaleProperty().addListener((obs, old, now) -> dressChildWindows());
    }

    /**
     * Adds the classroom to {@code stage}, whose scene must be {@code window}'s, remembering the teacher's theme,
     * text size, camera and last folder in {@code settings} ({@link UserSettings#none()} for snapshots). Files
     * and exports get their own daemon thread, so an export never holds up the lesson's recompute.
     */
    public static Classroom install(Stage stage, MainWindow window, UserSettings settings) {
        Executor files = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "conv3d-files");
            t.setDaemon(true);
            return t;
        });
        return new Classroom(stage, window, files, Platform::runLater, new NativeFileChoice(settings),
                RecentLessons.inUserConfig(), new AlertAsker(stage), settings);
    }

    /**
     * As {@link #install(Stage, MainWindow, UserSettings)} with the worker, file choice and recent list given and
     * nothing remembered (tests).
     */
    public static Classroom install(Stage stage, MainWindow window, Executor background, FileChoice files,
            RecentLessons recent) {
        return install(stage, window, background, files, recent, new AlertAsker(stage));
    }

    /** As above, with the question about unsaved work answered by {@code asker} (tests). */
    public static Classroom install(Stage stage, MainWindow window, Executor background, FileChoice files,
            RecentLessons recent, Asker asker) {
        return new Classroom(stage, window, background, Platform::runLater, files, recent, asker, UserSettings.none());
    }

    // ---- File ----

    public LessonCommands commands() {
        return commands;
    }

    void chooseClipFile() {
        if (unsaved.mayDiscard(Messages.text("discard.openClip"))) {
            files.choose(stage, FileChoice.Purpose.OPEN_CLIP_FILE).ifPresent(commands::openClip);
        }
    }

    void chooseClipFolder() {
        if (unsaved.mayDiscard(Messages.text("discard.openClip"))) {
            files.choose(stage, FileChoice.Purpose.OPEN_CLIP_FOLDER).ifPresent(commands::openClip);
        }
    }

    void chooseClipPngFolder() {
        files.choose(stage, FileChoice.Purpose.SAVE_CLIP_FOLDER).ifPresent(commands::saveClipPngs);
    }

    void chooseLessonToOpen() {
        if (unsaved.mayDiscard(Messages.text("discard.openLesson"))) {
            files.choose(stage, FileChoice.Purpose.OPEN_LESSON).ifPresent(commands::openLesson);
        }
    }

    /** Opens {@code file} (File ▸ Open recent), asking first if the lesson has unsaved changes. */
    public void openLesson(Path file) {
        if (unsaved.mayDiscard(Messages.text("discard.openLesson"))) {
            commands.openLesson(file);
        }
    }

    void chooseLessonToSave() {
        files.choose(stage, FileChoice.Purpose.SAVE_LESSON).ifPresent(commands::saveLesson);
    }

    /** Records a clip from the camera (waits for the dialog) and makes it the lesson's clip if Use was pressed. */
    public void recordFromCamera() {
        if (!unsaved.mayDiscard(Messages.text("discard.record"))) {
            return;
        }
        lesson.pause();
        var size = LessonSize.FULL.size();
        CaptureDialog.show(stage, size.h(), size.w(), settings).ifPresent(commands::useClip);
    }

    /** Opens the export dialog set to {@code kind}. */
    public void showExport(ExportKind kind) {
        exports.show(kind);
    }

    /** Opens the export dialog at whatever it was last set to. */
    public void showExport() {
        exports.show(exports.kind());
    }

    public ExportDialog exportDialog() {
        return exports;
    }

    /** A dropped file or folder: a lesson file opens as a lesson, anything else as a clip. */
    public void openDropped(Path path) {
        if (!unsaved.mayDiscard(Messages.text("discard.openDropped"))) {
            return;
        }
        if (isLesson(path)) {
            commands.openLesson(path);
        } else {
            commands.openClip(path);
        }
    }

    /**
     * A file the system asked the app to open: one named on the command line, or a double-clicked lesson that
     * macOS sends as an "open file" event ({@link app.conv3d.ui.files.OpenFileEvents}). A lesson opens as File ▸
     * Open opens it, asking first about unsaved work; anything else as a dropped clip.
     */
    public void openRequested(Path path) {
        if (isLesson(path)) {
            openLesson(path);
        } else {
            openDropped(path);
        }
    }

    private static boolean isLesson(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(LessonFile.EXTENSION);
    }

    /** Ends the app, asking first if the lesson has unsaved changes. */
    public void quit() {
        if (unsaved.mayDiscard(Messages.text("discard.quit"))) {
            ending.run();
        }
    }

    /**
     * What Quit does once it may: close the window and end the toolkit. A test that drives the window through its
     * menus (the keyboard reaches Quit too) keeps the toolkit it runs in by giving its own.
     */
    public void setEnding(Runnable ending) {
        this.ending = Objects.requireNonNull(ending);
    }

    // ---- View ----

    public Appearance appearance() {
        return appearance;
    }

    /** Full screen on or off: the stage's own property, so Esc leaving it is seen too. */
    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    /** The presentation view on or off: the stage and the play controls only, full screen. */
    public void togglePresentation() {
        window.layout().togglePresentation();
    }

    /** The arithmetic beside the stage, or folded away to give the stage the room. */
    public void toggleArithmetic() {
        window.layout().toggleArithmetic();
    }

    /** The Train mode in the stage's place, or the stage back. */
    public void toggleTrain() {
        window.toggleTrain();
    }

    MainWindow window() {
        return window;
    }

    public void switchTheme() {
        Theme now = appearance.themeProperty().get();
        appearance.themeProperty().set(now == Theme.DARK ? Theme.PROJECTOR : Theme.DARK);
    }

    /** Everything back to the lesson the window opens with, asking first if that throws away unsaved work. */
    public void resetAll() {
        if (unsaved.mayDiscard(Messages.text("discard.resetAll"))) {
            commands.resetAll();
        }
    }

    // ---- Help ----

    public void showShortcuts() {
        if (shortcuts == null) {
            shortcuts = HelpDialogs.shortcuts(stage);
        }
        shortcuts.show();
        shortcuts.toFront();
    }

    /** The shortcuts window once it has been opened. */
    public java.util.Optional<Stage> shortcutsWindow() {
        return java.util.Optional.ofNullable(shortcuts);
    }

    void showAbout() {
        if (about == null) {
            about = HelpDialogs.about(stage);
        }
        about.show();
        about.toFront();
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    Stage stage() {
        return stage;
    }

    Lesson lesson() {
        return lesson;
    }

    // ---- wiring ----

    /** "?" opens the shortcuts as F1 does (a typed character, so it works on any keyboard layout). */
    private void installKeys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                showShortcuts();
                e.consume();
            }
        });
    }

    private void installDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1;
            if (ok) {
                openDropped(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void dressChildWindows() {
        Scene main = stage.getScene();
        for (Stage s : java.util.Arrays.asList(shortcuts, about, exports.stage())) {
            if (s != null && s.getScene() != null) {
                s.getScene().getStylesheets().setAll(main.getStylesheets());
                s.getScene().getRoot().setStyle(main.getRoot().getStyle());
            }
        }
    }
}
