package app.conv3d.cli;

import app.conv3d.core.InvalidSpecException;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the window can open here, asked before the toolkit starts: on Linux JavaFX needs an X display
 * (DISPLAY) unless it runs on Monocle (headless tests). Without one, starting the toolkit prints a stack
 * trace and leaves {@code Platform.exit()} waiting forever; the user gets one line instead.
 */
final class DisplayCheck {
    static final String MESSAGE = "no display: the window needs a graphical desktop (DISPLAY is not set); "
            + "render, info, capture and bench run without one";

    private DisplayCheck() {
    }

    /** Throws a user error (exit 2, one line) when the window cannot open. */
    static void require() {
        if (!available(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"))) {
            throw new InvalidSpecException(MESSAGE);
        }
    }

    static boolean available(String osName, Map<String, String> env, String glassPlatform) {
        if (glassPlatform != null && glassPlatform.equalsIgnoreCase("monocle")) {
            return true;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = env.get("DISPLAY");
        return display != null && !display.isBlank();
    }

    /** Whether {@code t} is the toolkit's failure to reach the display ("Unable to open DISPLAY"). */
    static boolean isNoDisplay(Throwable t) {
        return t instanceof UnsupportedOperationException && t.getMessage() != null
                && t.getMessage().contains("DISPLAY");
    }

    /** The one line for a toolkit that would not start although DISPLAY is set (a display that is gone). */
    static InvalidSpecException unavailable(RuntimeException e) {
        return new InvalidSpecException("no display: the window cannot open ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
}
