package app.conv3d.ui.i18n;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The language a teacher chose in View ▸ Language, remembered in the system's own place for a user's settings
 * (as {@code ui.layout.LayoutMemory} remembers the dividers). Tests give it a node of their own; snapshots,
 * benchmarks and tests never read the teacher's: {@link #none()}.
 */
public final class LanguageSetting {
    static final String USER_NODE = "/app/conv3d/explorer/language";
    static final String KEY = "language";

    private final Preferences node; // null: remembers nothing

    private LanguageSetting(Preferences node) {
        this.node = node;
    }

    /** The signed-in user's setting. */
    public static LanguageSetting user() {
        return new LanguageSetting(Preferences.userRoot().node(USER_NODE));
    }

    /** A setting kept under {@code node}. */
    public static LanguageSetting in(Preferences node) {
        return new LanguageSetting(Objects.requireNonNull(node));
    }

    /** Remembers nothing and has nothing remembered. */
    public static LanguageSetting none() {
        return new LanguageSetting(null);
    }

    /** The language chosen last, if one was and the app still speaks it. */
    public Optional<Locale> chosen() {
        return node == null ? Optional.empty() : Languages.find(node.get(KEY, ""));
    }

    /** Remembers {@code language} for the next start. */
    public void remember(Locale language) {
        if (node == null) {
            return;
        }
        node.put(KEY, language.getLanguage());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // A settings store that cannot be written (read-only home) costs the teacher the choice, not the lesson.
            System.getLogger(LanguageSetting.class.getName()).log(System.Logger.Level.WARNING,
                    "could not save the language: " + e.getMessage());
        }
    }
}
