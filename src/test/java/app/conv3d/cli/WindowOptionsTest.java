package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.ui.StartOptions;
import app.conv3d.ui.app.Theme;
import app.conv3d.ui.app.UiScale;
import app.conv3d.ui.i18n.Languages;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The window's launch options: which command lines are the window's, what they ask for, and one line for a bad one. */
class WindowOptionsTest {

    @Test
    void noSubcommandMeansTheWindow() {
        assertArrayEquals(new String[] {"window"}, Launcher.window(new String[0]));
        assertArrayEquals(new String[] {"window", "maths.c3dlesson"}, Launcher.window(new String[] {"maths.c3dlesson"}));
        assertArrayEquals(new String[] {"window", "--theme", "dark"}, Launcher.window(new String[] {"--theme", "dark"}));
    }

    @Test
    void subcommandsAndTheTopLevelsHelpStayAsTheyAre() {
        for (String[] args : new String[][] {{"info", "--kernels"}, {"snapshot", "--out", "a.png"}, {"--help"},
                {"-h"}, {"--version"}, {"window", "--fullscreen"}}) {
            assertArrayEquals(args, Launcher.window(args));
        }
    }

    @Test
    void everyOptionReachesTheWindow() {
        StartOptions o = parse("lessons/motion.c3dlesson", "--theme", "dark", "--text-size", "150", "--fullscreen",
                "--lesson-size", "tiny", "--presentation");
        assertEquals(Path.of("lessons/motion.c3dlesson").toAbsolutePath(), o.file());
        assertEquals(Theme.DARK, o.theme());
        assertEquals(UiScale.P150, o.textSize());
        assertTrue(o.fullScreen());
        assertTrue(o.presentation());
        assertEquals(LessonSize.TINY, o.lessonSize());
    }

    @Test
    void noOptionsLeaveTheWindowAsItStarts() {
        assertEquals(StartOptions.NONE, parse());
        StartOptions projector = parse("--theme", "Projector", "--lesson-size", "MEDIUM");
        assertEquals(Theme.PROJECTOR, projector.theme());
        assertEquals(LessonSize.MEDIUM, projector.lessonSize());
        assertNull(projector.file());
        assertFalse(projector.fullScreen());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--theme blue|error: --theme must be projector or dark, got 'blue' (see 'conv3d-explorer window --help')",
        "--text-size 120|error: --text-size: the text size must be 100, 125, 150, 175 or 200 percent, got 120 (see 'conv3d-explorer window --help')",
        "--text-size big|error: Invalid value for option '--text-size': 'big' is not an int (see 'conv3d-explorer window --help')",
        "--lesson-size huge|error: --lesson-size must be one of full, medium, tiny, got 'huge' (see 'conv3d-explorer window --help')",
        "--lang fr|error: --lang must be one of en, es, got 'fr' (see 'conv3d-explorer window --help')",
        "--fulscreen|error: Unknown option: '--fulscreen' (see 'conv3d-explorer window --help')",
        "a.c3dlesson b.c3dlesson|error: Unmatched argument at index 2: 'b.c3dlesson' (see 'conv3d-explorer window --help')",
        "rendr|error: 'rendr' is neither a subcommand (render, info, bench, snapshot, capture, train, classify) nor a file (see 'conv3d-explorer window --help')"})
    void aBadOptionIsOneLineAndExitTwoBeforeAnyWindow(String args, String expected) {
        CliRun run = CliRun.of(Launcher.window(args.split(" ")));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(expected, run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void langTakesTheTagsOfTheLanguagesTheWindowSpeaks() {
        assertEquals(Optional.of(Languages.SPANISH), window("--lang", "ES").language());
        assertEquals(Optional.of(Languages.ENGLISH), window("--lang", "en").language());
        assertEquals(Optional.empty(), window().language());
    }

    private static StartOptions parse(String... args) {
        return window(args).options();
    }

    private static WindowOptions window(String... args) {
        CommandLine cl = Commands.commandLine();
        String[] command = new String[args.length + 1];
        command[0] = "window";
        System.arraycopy(args, 0, command, 1, args.length);
        cl.parseArgs(command);
        return (WindowOptions) cl.getSubcommands().get("window").getCommand();
    }
}
