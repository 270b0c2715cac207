package app.conv3d.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the window speaks, and the one it speaks now. A new language is a bundle
 * ({@code messages_xx.properties}) and one entry in {@link #ALL} (docs/translating.md).
 */
public final class Languages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    /** In the order View ▸ Language lists them. */
    public static final List<Locale> ALL = List.of(ENGLISH, SPANISH);

    private static volatile LanguageSetting setting = LanguageSetting.none();

    private Languages() {
    }

    /**
     * The window's language for this run: {@code -Dconv3d.lang} if given, else the teacher's last choice, else the
     * system's language when the app speaks it, else English. Later choices in View ▸ Language go to {@code memory}.
     */
    public static Locale start(LanguageSetting memory) {
        setting = memory;
        Locale language = fromProperty().or(memory::chosen)
                .or(() -> find(Locale.getDefault().getLanguage())).orElse(ENGLISH);
        use(language);
        return language;
    }

    /** Speaks {@code language} from now on (texts made before keep theirs); {@code --lang} calls this. */
    public static void use(Locale language) {
        Locale known = find(language.getLanguage()).orElseThrow(() -> new IllegalArgumentException(
                "no texts in the language '" + language.getLanguage() + "'; known: " + tags()));
        Messages.setCurrent(Messages.of(known));
    }

    /** The language in use. */
    public static Locale current() {
        return Messages.current().locale();
    }

    /** The teacher chose {@code language} in the menu: remembered for the next start. */
    public static void choose(Locale language) {
        setting.remember(find(language.getLanguage()).orElseThrow());
    }

    /** The language the next start will speak, as far as the remembered choice decides it. */
    public static Locale next() {
        return setting.chosen().orElse(current());
    }

    /** The known language with the tag {@code tag} ("es", "en", "es-MX" → Spanish), if any. */
    public static Optional<Locale> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** "en, es": the tags {@code --lang} takes. */
    public static String tags() {
        return String.join(", ", ALL.stream().map(Locale::getLanguage).toList());
    }

    /** The language's own name for itself, as the menu lists it: "English", "Español". */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    static Optional<Locale> fromProperty() {
        return find(System.getProperty(Messages.LANGUAGE_PROPERTY));
    }
}
