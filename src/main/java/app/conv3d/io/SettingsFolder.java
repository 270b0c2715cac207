package app.conv3d.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where the app keeps a user's files of settings (the recent lessons), in each system's own place:
 * {@code %APPDATA%\conv3d-explorer} on Windows, {@code ~/Library/Application Support/conv3d-explorer} on macOS,
 * {@code $XDG_CONFIG_HOME/conv3d-explorer} or {@code ~/.config/conv3d-explorer} elsewhere. A variable that is unset,
 * blank or not an absolute path counts as unset (as the XDG spec says for relative ones).
 */
public final class SettingsFolder {
    static final String APP = "conv3d-explorer";

    private SettingsFolder() {
    }

    /** The folder for the user running this program. */
    public static Path forThisUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /** The folder on the system named {@code osName} (as {@code os.name} says it) with these variables and home. */
    static Path of(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            Path appData = absolute(env.get("APPDATA"));
            base = appData != null ? appData : Path.of(home, "AppData", "Roaming");
        } else if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Application Support");
        } else {
            Path xdg = absolute(env.get("XDG_CONFIG_HOME"));
            base = xdg != null ? xdg : Path.of(home, ".config");
        }
        return base.resolve(APP);
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
