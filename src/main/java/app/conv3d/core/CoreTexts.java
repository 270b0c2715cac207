package app.conv3d.core;

/**
 * The messages `core` makes for people (a reason shown in the window's status, banner or dialogs), kept in
 * `app/conv3d/core/messages.properties` and its translations beside it; see {@link UserText} and docs/translating.md.
 */
public final class CoreTexts {
    /** The bundle, for the tests that check every language has its keys. */
    public static final UserText TEXTS = UserText.of("app.conv3d.core.messages");

    private CoreTexts() {
    }

    /** The text under {@code key} in the language in use. */
    public static String text(String key, Object... args) {
        return TEXTS.text(key, args);
    }

    /** "time", "height", "width" in the language in use ({@link Axis3#name} is the files' and the command line's). */
    public static String axis(int axis) {
        return text("axis." + Axis3.name(axis));
    }
}
