package app.conv3d.ui.layout;

import app.conv3d.ui.settings.UserSettings;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * Where the window's divider positions are remembered between lessons: the "layout" part of the
 * {@link UserSettings}. Tests give it a node of their own; snapshots and benchmarks give it none, so they photograph
 * the same window every time.
 */
public final class LayoutMemory {
    private final UserSettings settings;

    private LayoutMemory(UserSettings settings) {
        this.settings = settings;
    }

    /** The signed-in user's settings. */
    public static LayoutMemory user() {
        return of(UserSettings.user());
    }

    /** The layout part of {@code settings}. */
    public static LayoutMemory of(UserSettings settings) {
        return new LayoutMemory(settings.part("layout"));
    }

    /** Settings kept under {@code node}. */
    public static LayoutMemory in(Preferences node) {
        return new LayoutMemory(UserSettings.in(Objects.requireNonNull(node)));
    }

    /** Remembers nothing: every window starts with the default layout. */
    public static LayoutMemory none() {
        return new LayoutMemory(UserSettings.none());
    }

    /** The number stored under {@code key}, or NaN when there is none (or it is not a number). */
    double number(String key) {
        return settings.number(key);
    }

    boolean flag(String key, boolean fallback) {
        return settings.flag(key, fallback);
    }

    void put(String key, double value) {
        settings.put(key, value);
    }

    void put(String key, boolean value) {
        settings.put(key, value);
    }

    /** Writes what was put to the store now rather than some time later (e.g. when the window closes). */
    public void flush() {
        settings.flush();
    }
}
