package app.conv3d.cli;

import app.conv3d.io.AtomicFiles;
import app.conv3d.io.LessonFile;
import app.conv3d.io.SavedLesson;
import app.conv3d.io.OutputTransaction;
import app.conv3d.io.PngFiles;
import app.conv3d.ui.MainWindow;
import app.conv3d.ui.TrainSnapshot;
import app.conv3d.ui.WindowSnapshot;
import app.conv3d.ui.app.Classroom;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.files.LessonState;
import app.conv3d.ui.layout.ScreenRegion;
import app.conv3d.ui.settings.UserSettings;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.stage.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Photographs the real window on the default lesson or a saved one: for READMEs, slides and checking the layout. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Open the window on the default lesson (or --lesson), advance the walkthrough, save a PNG of it.")
final class SnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "where to write the PNG")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "window width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "window height in pixels (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--step", defaultValue = "0", paramLabel = "N",
            description = "walkthrough positions to advance before the picture (default ${DEFAULT-VALUE}; with --lesson,"
                    + " 0 keeps the lesson's saved position)")
    int step;

    @Option(names = "--lesson", paramLabel = "FILE" + LessonFile.EXTENSION,
            description = "photograph this saved lesson, as File > Open shows it, instead of the default lesson")
    Path lesson;

    @Option(names = "--theme", paramLabel = "projector|dark",
            description = "dress the window as the app does (menus, theme); default: the bare window")
    String theme;

    @Option(names = "--scale", paramLabel = "PCT", description = "text size in percent: 100, 125, 150, 175 or 200 "
            + "(implies --theme projector unless given)")
    Integer scale;

    @Option(names = "--kernel-lab", description = "open the kernel lab beside the teaching panes (implies --theme projector unless given)")
    boolean kernelLab;

    @Option(names = "--train", paramLabel = "EPOCHS", arity = "0..1", fallbackValue = "12",
            description = "open the Train mode, train the practice gestures for EPOCHS epochs (default 12) in 3D and"
                    + " compare with 2D, then take the picture (implies --theme projector unless given)")
    Integer train;

    @Option(names = "--compare", description = "with --train: then \"Compare with 2D\" (the same training with kernels one frame deep)")
    boolean compare;

    @Option(names = "--layout", paramLabel = "FILE.json", description = "also write where the window's regions are "
            + "(volume, features, arithmetic, kernelLab, kernel: x, y, width, height in window pixels) as JSON")
    Path layout;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", hidden = true)
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--width/--height must be between 320x240 and 7680x4320, got " + width + "x" + height);
        }
        if (step < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--step must be >= 0, got " + step);
        }
        new Outputs().input(lesson).output("--out", out).output("--layout", layout).check();
        BiConsumer<Stage, MainWindow> dress = dressing();
        SavedLesson saved = lesson == null ? null : LessonState.requireOfferedSize(lesson, LessonFile.open(lesson));
        DisplayCheck.require();
        WindowSnapshot.Picture picture;
        try {
            picture = WindowSnapshot.take(width, height, step, Duration.ofSeconds(timeoutSeconds), dress, saved,
                    train == null ? window -> CompletableFuture.completedFuture(null)
                            : window -> TrainSnapshot.trained(window, train, compare));
        } catch (UnsupportedOperationException noToolkit) {
            throw DisplayCheck.unavailable(noToolkit);
        }
        // No Platform.exit() here: the launcher ends the process, and in a test the toolkit must live on.
        BufferedImage image = picture.image();
        try (OutputTransaction tx = OutputTransaction.begin()) {
            if (layout != null) {
                byte[] json = ScreenRegion.toJson(picture.regions()).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(layout, o -> o.write(json));
            }
            PngFiles.write(out, image);
            tx.commit();
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + image.getWidth() + "x" + image.getHeight() + ")"
                + (layout == null ? "" : " and " + layout));
        return ExitCodes.OK;
    }

    /** The classroom's menus, theme and text size when asked for; checked before the toolkit starts. */
    private BiConsumer<Stage, MainWindow> dressing() {
        if (train != null && (train < 1 || train > 200)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--train must be 1..200 epochs, got " + train);
        }
        if (theme == null && scale == null && !kernelLab && train == null) {
            return (stage, window) -> { };
        }
        Theme t;
        UiScale s;
        try {
            t = theme == null ? Theme.PROJECTOR : Theme.parse(theme);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--theme must be projector or dark, got " + theme);
        }
        try {
            s = scale == null ? UiScale.P100 : UiScale.of(scale);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
        }
        return (stage, window) -> {
            Classroom c = Classroom.install(stage, window, UserSettings.none()); // a teacher's settings stay out
            c.appearance().themeProperty().set(t);
            c.appearance().scaleProperty().set(s);
            window.layout().setKernelLabShown(kernelLab);
        };
    }
}
