package app.conv3d.ui.i18n;

import app.conv3d.ui.settings.UserSettings;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The language a teacher chose in View ▸ Language, remembered with the window's other settings (the "language"
 * part of {@link UserSettings}). Tests give it a node of their own; snapshots, benchmarks and tests never read the
 * teacher's: {@link #none()}.
 */
public final class LanguageSetting {
    static final String KEY = "language";

    private final UserSettings settings;

    private LanguageSetting(UserSettings settings) {
        this.settings = settings;
    }

    /** The signed-in user's setting. */
    public static LanguageSetting user() {
        return of(UserSettings.user());
    }

    /** The language part of {@code settings}. */
    public static LanguageSetting of(UserSettings settings) {
        return new LanguageSetting(settings.part("language"));
    }

    /** A setting kept under {@code node}. */
    public static LanguageSetting in(Preferences node) {
        return of(UserSettings.in(node));
    }

    /** Remembers nothing and has nothing remembered. */
    public static LanguageSetting none() {
        return of(UserSettings.none());
    }

    /** The language chosen last, if one was and the app still speaks it. */
    public Optional<Locale> chosen() {
        return Languages.find(settings.text(KEY, ""));
    }

    /** Remembers {@code language} for the next start, now rather than when the JVM ends. */
    public void remember(Locale language) {
        settings.put(KEY, language.getLanguage());
        settings.flush();
    }
}
