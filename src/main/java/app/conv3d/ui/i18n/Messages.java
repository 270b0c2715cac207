package app.conv3d.ui.i18n;

import app.conv3d.core.UserText;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text the window shows, in one language: {@code messages.properties} (English) and one
 * {@code messages_xx.properties} per translation beside it, read as UTF-8. A text is a {@link MessageFormat}
 * pattern, so an apostrophe is written twice ({@code kernel''s}) and {@code {0}} is the first argument.
 *
 * <p>{@link #text} speaks the language in use: English unless the launcher chose another
 * ({@link Languages#use}), or {@code -Dconv3d.lang=es} asks for one (snapshots in Spanish); tests and
 * benchmarks never read the teacher's choice, so they always see English.
 */
public final class Messages {
    static final String BUNDLE = "app.conv3d.ui.i18n.messages";
    /** The property that picks the language of a run that reads no settings (snapshot, benchmarks). */
    public static final String LANGUAGE_PROPERTY = "conv3d.lang";

    private static volatile Messages current = start(of(Languages.fromProperty().orElse(Languages.ENGLISH)));

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts of {@code locale}'s bundle, with no fall-back to the machine's language (only to English). */
    public static Messages of(Locale locale) {
        return new Messages(locale, UserText.of(BUNDLE).bundle(Objects.requireNonNull(locale)));
    }

    private static Messages start(Messages messages) {
        UserText.speak(messages.locale);
        return messages;
    }

    /** The texts in use. */
    public static Messages current() {
        return current;
    }

    static void setCurrent(Messages messages) {
        current = Objects.requireNonNull(messages);
        UserText.speak(messages.locale); // messages from core, io and capture follow the window's language
    }

    /** The text under {@code key} in the language in use, with {@code args} put in its {@code {n}} places. */
    public static String text(String key, Object... args) {
        return current.get(key, args);
    }

    /** This language's text under {@code key}, with {@code args} put in its {@code {n}} places. */
    public String get(String key, Object... args) {
        return UserText.format(bundle, locale, key, args);
    }

    /**
     * A count a class reads rather than types back (a position, a number of positions, milliseconds), grouped as
     * the language in use groups thousands: "762,048" in English, "762.048" in Spanish. Numbers given to
     * {@link #text} as they are stay ungrouped, with a decimal point, as the arithmetic and PyTorch write them.
     */
    public static String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(current.locale).format(n);
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** Every key of this language's bundle (the base bundle's keys included). */
    java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
