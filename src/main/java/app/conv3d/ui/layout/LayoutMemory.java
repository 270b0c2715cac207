package app.conv3d.ui.layout;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the window's divider positions are remembered between lessons: the system's own place for a user's
 * settings ({@link Preferences}: the registry on Windows, a plist on macOS, ~/.java on Linux). Tests give it a
 * node of their own; snapshots and benchmarks give it none, so they photograph the same window every time.
 */
public final class LayoutMemory {
    /** The app's node under the user's preferences. */
    static final String USER_NODE = "/app/conv3d/explorer/layout";

    private final Preferences node; // null: remembers nothing

    private LayoutMemory(Preferences node) {
        this.node = node;
    }

    /** The signed-in user's settings. */
    public static LayoutMemory user() {
        return new LayoutMemory(Preferences.userRoot().node(USER_NODE));
    }

    /** Settings kept under {@code node}. */
    public static LayoutMemory in(Preferences node) {
        return new LayoutMemory(Objects.requireNonNull(node));
    }

    /** Remembers nothing: every window starts with the default layout. */
    public static LayoutMemory none() {
        return new LayoutMemory(null);
    }

    /** The number stored under {@code key}, or NaN when there is none (or it is not a number). */
    double number(String key) {
        return node == null ? Double.NaN : node.getDouble(key, Double.NaN);
    }

    boolean flag(String key, boolean fallback) {
        return node == null ? fallback : node.getBoolean(key, fallback);
    }

    void put(String key, double value) {
        if (node != null) {
            node.putDouble(key, value);
        }
    }

    void put(String key, boolean value) {
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
                // A settings store that cannot be written (read-only home) costs the teacher the layout, not the lesson.
                System.getLogger(LayoutMemory.class.getName()).log(System.Logger.Level.WARNING,
                        "could not save the window's layout: " + e.getMessage());
            }
        }
    }
}
