package app.conv3d.cli;

import picocli.CommandLine;

/**
 * Entry point. It does not extend {@code Application}, so {@code java -jar} works from a plain class path:
 * no subcommand opens the window (with its options and a lesson file, if given), a subcommand runs headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(window(args)));
    }

    /** No subcommand means the window: its options and file go to the "window" command ({@link WindowOptions}). */
    static String[] window(String[] args) {
        return WindowOptions.asCommand(args, Commands.commandLine().getSubcommands().keySet());
    }

    /** Runs a subcommand and returns its exit code: 0 ok, 2 bad input or usage, 1 internal fault. */
    public static int run(String... args) {
        return Commands.commandLine().execute(args);
    }
}
