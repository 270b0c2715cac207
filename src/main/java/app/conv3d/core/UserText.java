package app.conv3d.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one way every room turns a key into a sentence a person reads, in the language in use. Each room keeps its
 * texts in its own bundle beside its classes ({@code app/conv3d/core/messages.properties}, {@code io}, {@code
 * capture}, the window's {@code ui/i18n}), each with the same translations; {@code core}, {@code io} and
 * {@code capture} know no toolkit, so the window tells this class its language ({@link #speak}) and a message made
 * anywhere afterwards (a bad file's reason, a camera that did not open) is in that language. Nothing else sets it:
 * the command line speaks English (docs/translating.md).
 *
 * <p>A text is a {@link MessageFormat} pattern. Numbers go in as written ({@code 4294967295}, {@code 0.25}), not
 * grouped or with a decimal comma, since the window shows weights and sizes the way PyTorch prints them.
 */
public final class UserText {
    private static volatile Locale language = Locale.ENGLISH;

    private final String bundle;

    private UserText(String bundle) {
        this.bundle = bundle;
    }

    /** The texts of the bundle with base name {@code bundle} (e.g. {@code app.conv3d.io.messages}). */
    public static UserText of(String bundle) {
        return new UserText(Objects.requireNonNull(bundle));
    }

    /** Messages made from now on are in {@code locale}'s language (English where a bundle has no translation). */
    public static void speak(Locale locale) {
        language = Objects.requireNonNull(locale);
    }

    /** The language messages are made in now. */
    public static Locale language() {
        return language;
    }

    /** The text under {@code key} in the language in use, with {@code args} in its {@code {n}} places. */
    public String text(String key, Object... args) {
        return text(language, key, args);
    }

    /** The text under {@code key} in {@code locale}'s language. */
    public String text(Locale locale, String key, Object... args) {
        return format(bundle(locale), locale, key, args);
    }

    /** The bundle in {@code locale}'s language, with no fall-back to the machine's language (only to English). */
    public ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The base name of the bundle. */
    public String name() {
        return bundle;
    }

    /** {@code bundle}'s pattern under {@code key} with {@code args} put in, numbers as written. */
    public static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text under the key " + key + " in " + bundle.getBaseBundleName(), e);
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }
}
