package app.conv3d.io;

import app.conv3d.core.UserText;

/**
 * The messages `io` makes for people (a reason shown in the window's status, banner or dialogs), kept in
 * `app/conv3d/io/messages.properties` and its translations beside it; see {@link UserText} and docs/translating.md.
 */
public final class IoTexts {
    /** The bundle, for the tests that check every language has its keys. */
    public static final UserText TEXTS = UserText.of("app.conv3d.io.messages");

    private IoTexts() {
    }

    /** The text under {@code key} in the language in use. */
    public static String text(String key, Object... args) {
        return TEXTS.text(key, args);
    }
}
