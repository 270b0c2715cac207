package app.conv3d.cli;

import app.conv3d.ui.ExplorerApp;
import picocli.CommandLine;

/**
 * Entry point. It does not extend {@code Application}, so {@code java -jar} works from a plain class path:
 * no arguments opens the window, a subcommand runs headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            if (!DisplayCheck.available(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("glass.platform"))) {
                System.err.println("error: " + DisplayCheck.MESSAGE);
                System.exit(ExitCodes.USER_ERROR);
            }
            app.conv3d.ui.i18n.Languages.start(app.conv3d.ui.i18n.LanguageSetting.user());
            ExplorerApp.open();
            return;
        }
        System.exit(run(args));
    }

    /** Runs a subcommand and returns its exit code: 0 ok, 2 bad input or usage, 1 internal fault. */
    public static int run(String... args) {
        return Commands.commandLine().execute(args);
    }
}
