package app.conv3d.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
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

    private static volatile Messages current = of(Languages.fromProperty().orElse(Languages.ENGLISH));

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts of {@code locale}'s bundle, with no fall-back to the machine's language (only to English). */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale);
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(locale, b);
    }

    /** The texts in use. */
    public static Messages current() {
        return current;
    }

    static void setCurrent(Messages messages) {
        current = Objects.requireNonNull(messages);
    }

    /** The text under {@code key} in the language in use, with {@code args} put in its {@code {n}} places. */
    public static String text(String key, Object... args) {
        return current.get(key, args);
    }

    /** This language's text under {@code key}, with {@code args} put in its {@code {n}} places. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text under the key " + key + " in " + BUNDLE, e);
        }
        // Numbers go in as written ("4294967295", "0.25"), not grouped or with a decimal comma: the window shows
        // weights and sizes the way PyTorch prints them, in every language.
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
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
