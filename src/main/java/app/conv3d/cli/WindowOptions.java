package app.conv3d.cli;

import app.conv3d.ui.ExplorerApp;
import app.conv3d.ui.StartOptions;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.i18n.LanguageSetting;
import app.conv3d.ui.i18n.Languages;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * How the window starts on a lab PC or from a double-clicked lesson: {@code conv3d-explorer [FILE] [--theme ...]}.
 * The launcher hands it every command line that does not start with a subcommand or the top level's --help and
 * --version; {@code conv3d-explorer window ...} says the same explicitly.
 */
@Command(name = "window", mixinStandardHelpOptions = true,
        description = "Open the window (what conv3d-explorer does with no subcommand), started as the options say.")
final class WindowOptions implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "LESSON_FILE",
            description = "a lesson (" + app.conv3d.io.LessonFile.EXTENSION + ") or clip to open; a file that does "
                    + "not open shows why in the window")
    Path file;

    @Option(names = "--theme", paramLabel = "projector|dark", description = "the colours for this run")
    String theme;

    @Option(names = "--text-size", paramLabel = "PCT", description = "text size in percent: 100, 125, 150, 175 or 200")
    Integer textSize;

    @Option(names = "--fullscreen", description = "start full screen (F11 or Esc leaves)")
    boolean fullScreen;

    @Option(names = "--presentation", description = "start in the presentation view (F5 or Esc leaves)")
    boolean presentation;

    @Option(names = "--lesson-size", paramLabel = "tiny|medium|full",
            description = "the size the default lesson is worked at (a lesson file brings its own)")
    String lessonSize;

    @Option(names = "--lang", paramLabel = "en|es",
            description = "the window's language for this run (View > Language remembers one for every run)")
    String lang;

    /** Whether {@code args} are the window's: none, or not starting with a subcommand or the top level's help. */
    static boolean isFor(String[] args, Set<String> subcommands) {
        if (args.length == 0) {
            return true;
        }
        String first = args[0];
        return !subcommands.contains(first) && !Set.of("-h", "--help", "-V", "--version").contains(first);
    }

    /** The command line for {@link Launcher#run}: the window's arguments behind "window". */
    static String[] asCommand(String[] args, Set<String> subcommands) {
        if (!isFor(args, subcommands)) {
            return args;
        }
        String[] command = new String[args.length + 1];
        command[0] = "window";
        System.arraycopy(args, 0, command, 1, args.length);
        return command;
    }

    @Override
    public Integer call() {
        StartOptions options = options();
        Optional<Locale> language = language();
        DisplayCheck.require();
        Languages.start(LanguageSetting.user());
        language.ifPresent(Languages::use);
        ExplorerApp.open(options);
        return ExitCodes.OK;
    }

    /** The options, checked before the toolkit starts: a wrong one is one line and exit 2, no window. */
    StartOptions options() {
        Theme t = null;
        if (theme != null) {
            try {
                t = Theme.parse(theme);
            } catch (IllegalArgumentException e) {
                throw usage("--theme must be projector or dark, got '" + theme + "'");
            }
        }
        UiScale s = null;
        if (textSize != null) {
            try {
                s = UiScale.of(textSize);
            } catch (IllegalArgumentException e) {
                throw usage("--text-size: " + e.getMessage());
            }
        }
        LessonSize size = null;
        if (lessonSize != null) {
            String wanted = lessonSize.trim().toLowerCase(Locale.ROOT);
            size = Arrays.stream(LessonSize.values()).filter(l -> id(l).equals(wanted)).findFirst()
                    .orElseThrow(() -> usage("--lesson-size must be one of " + Arrays.stream(LessonSize.values())
                            .map(WindowOptions::id).collect(Collectors.joining(", ")) + ", got '" + lessonSize + "'"));
        }
        if (file != null && looksLikeATypo(file)) {
            throw usage("'" + file + "' is neither a subcommand (" + String.join(", ",
                    spec.parent().subcommands().keySet().stream().filter(n -> !n.equals("window")).toList())
                    + ") nor a file");
        }
        return new StartOptions(file == null ? null : file.toAbsolutePath(), t, s, fullScreen, size, presentation);
    }

    /** The language --lang asks for, checked before the toolkit starts; empty: the remembered or the system's. */
    Optional<Locale> language() {
        if (lang == null) {
            return Optional.empty();
        }
        return Optional.of(Languages.find(lang).orElseThrow(() -> usage("--lang must be one of " + Languages.tags()
                + ", got '" + lang + "'")));
    }

    /**
     * A word with no folder and no extension that is not a file, "rendr" say, is a mistyped subcommand rather than a
     * lesson: say so here, not in a window. Any other missing or bad file is the window's to report.
     */
    private static boolean looksLikeATypo(Path file) {
        try {
            String name = file.toString();
            return file.getNameCount() == 1 && name.indexOf('.') < 0 && !Files.exists(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String id(LessonSize size) {
        return size.name().toLowerCase(Locale.ROOT);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
