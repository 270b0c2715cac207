package app.conv3d.ui.settings;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers for the teacher between lessons (theme, text size, camera, dividers), in the system's
 * own place for a user's settings ({@link Preferences}: the registry on Windows, a plist in ~/Library/Preferences on
 * macOS, ~/.java on Linux). Tests give it a node of their own; snapshots, benchmarks and tests of the whole window
 * give it {@link #none()}, so no teacher's settings reach their pictures and figures.
 */
public final class UserSettings {
    /** The app's node under the user's preferences. */
    static final String USER_NODE = "/app/conv3d/explorer";

    private final Preferences node; // null: remembers nothing

    private UserSettings(Preferences node) {
        this.node = node;
    }

    /** The signed-in user's settings. */
    public static UserSettings user() {
        return new UserSettings(Preferences.userRoot().node(USER_NODE));
    }

    /** Settings kept under {@code node}. */
    public static UserSettings in(Preferences node) {
        return new UserSettings(Objects.requireNonNull(node));
    }

    /** Remembers nothing: every window starts as the app ships. */
    public static UserSettings none() {
        return new UserSettings(null);
    }

    /** The settings of one part of the window ("layout", "appearance", "capture"), remembered or not as these are. */
    public UserSettings part(String name) {
        return new UserSettings(node == null ? null : node.node(name));
    }

    /** The text stored under {@code key}, or {@code fallback}. */
    public String text(String key, String fallback) {
        return node == null ? fallback : node.get(key, fallback);
    }

    /** The number stored under {@code key}, or NaN when there is none (or it is not a number). */
    public double number(String key) {
        return node == null ? Double.NaN : node.getDouble(key, Double.NaN);
    }

    public boolean flag(String key, boolean fallback) {
        return node == null ? fallback : node.getBoolean(key, fallback);
    }

    public void put(String key, String value) {
        if (node != null) {
            node.put(key, value);
        }
    }

    public void put(String key, double value) {
        if (node != null) {
            node.putDouble(key, value);
        }
    }

    public void put(String key, boolean value) {
        if (node != null) {
            node.putBoolean(key, value);
        }
    }

    /** Writes what was put to the store now rather than some time later (e.g. when the window closes). */
    public void flush() {
        if (node != null) {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // A settings store that cannot be written (read-only home) costs the teacher a setting, not the lesson.
                System.getLogger(UserSettings.class.getName()).log(System.Logger.Level.WARNING,
                        "could not save the window's settings: " + e.getMessage());
            }
        }
    }
}
