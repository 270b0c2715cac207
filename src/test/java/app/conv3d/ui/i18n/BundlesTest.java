package app.conv3d.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.CaptureTexts;
import app.conv3d.core.CoreTexts;
import app.conv3d.io.IoTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every translation says everything the English says, with the same places for numbers and names. */
class BundlesTest {
    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)[^}]*}");

    /** The window's bundle and those of the rooms whose messages it shows. */
    static final List<String> BUNDLES = List.of(Messages.BUNDLE, CoreTexts.TEXTS.name(), IoTexts.TEXTS.name(),
            CaptureTexts.TEXTS.name());

    private static Properties read(Locale language) throws IOException {
        return read(Messages.BUNDLE, language);
    }

    private static Properties read(String bundle, Locale language) throws IOException {
        String name = "/" + bundle.replace('.', '/')
                + (language.equals(Languages.ENGLISH) ? "" : "_" + language.getLanguage()) + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "no bundle " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<String> places(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACE.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        for (String bundle : BUNDLES) {
            everyLanguageHasExactlyTheEnglishKeys(bundle);
        }
    }

    private static void everyLanguageHasExactlyTheEnglishKeys(String bundle) throws IOException {
        Set<String> english = new TreeSet<>(read(bundle, Languages.ENGLISH).stringPropertyNames());
        assertTrue(english.size() > 3, bundle + " holds texts");
        for (Locale language : Languages.ALL) {
            Set<String> keys = new TreeSet<>(read(bundle, language).stringPropertyNames());
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, bundle + ": " + language + " lacks these texts");
            assertEquals(Set.of(), extra, bundle + ": " + language + " has texts English does not");
        }
    }

    @Test
    void everyTranslationKeepsTheEnglishPlaces() throws IOException {
        for (String bundle : BUNDLES) {
            everyTranslationKeepsTheEnglishPlaces(bundle);
        }
    }

    private static void everyTranslationKeepsTheEnglishPlaces(String bundle) throws IOException {
        Properties english = read(bundle, Languages.ENGLISH);
        for (Locale language : Languages.ALL) {
            Properties p = read(bundle, language);
            TreeMap<String, String> wrong = new TreeMap<>();
            for (String key : english.stringPropertyNames()) {
                if (p.getProperty(key) != null
                        && !places(english.getProperty(key)).equals(places(p.getProperty(key)))) {
                    wrong.put(key, english.getProperty(key) + "  ->  " + p.getProperty(key));
                }
            }
            assertEquals(new TreeMap<>(), wrong, bundle + ": " + language + ": the {n} places differ from English");
        }
    }

    @Test
    void everyTextIsAValidPatternWithNoLoneApostrophe() throws IOException {
        for (String bundle : BUNDLES) {
            for (Locale language : Languages.ALL) {
                everyTextIsAValidPattern(bundle, language);
            }
        }
    }

    private static void everyTextIsAValidPattern(String bundle, Locale language) throws IOException {
        Properties p = read(bundle, language);
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key);
            assertTrue(!v.isBlank(), bundle + " " + language + " " + key + " is empty");
            new MessageFormat(v, language); // throws on a broken pattern
            // A single ' starts a quoted part in MessageFormat and swallows the {0} after it: write ''.
            assertTrue(!v.replace("''", "").contains("'"), bundle + " " + language + " " + key
                    + " has a lone apostrophe: " + v);
        }
    }

    @Test
    void everyKeyResolvesThroughMessagesInEveryLanguage() throws IOException {
        for (Locale language : Languages.ALL) {
            Messages m = Messages.of(language);
            assertEquals(read(Languages.ENGLISH).stringPropertyNames(), m.keys());
            for (String key : m.keys()) {
                Object[] args = places(m.get(key)).stream().map(i -> (Object) "x").toArray();
                assertTrue(!m.get(key, args).isBlank(), key);
            }
        }
    }

    /** Keys made at run time ("export.kind." + name()) exist for every value, in every language. */
    @Test
    void everyKeyMadeAtRunTimeExists() {
        try {
            for (Locale language : Languages.ALL) {
                Languages.use(language);
                for (app.conv3d.ui.export.ExportKind k : app.conv3d.ui.export.ExportKind.values()) {
                    assertTrue(!k.toString().isBlank() && !k.explanation().isBlank(), k.name());
                }
            }
        } finally {
            Languages.use(Languages.ENGLISH);
        }
    }

    /** Alt+letter opens one item: within the menu bar and the File, View and Help menus no letter is used twice. */
    @Test
    void everyMenuKeepsItsMnemonicsApart() {
        List<List<String>> menus = List.of(
                List.of("menu.file", "menu.lesson", "menu.view", "menu.help"),
                List.of("menu.file.openClip", "menu.file.openFolder", "menu.file.record", "menu.file.saveClip",
                        "menu.file.openLesson", "menu.file.saveLesson", "menu.file.recent", "menu.file.export",
                        "menu.file.quit"),
                List.of("menu.view.fullScreen", "menu.view.presentation", "menu.view.arithmetic", "menu.view.textSize",
                        "menu.view.theme", "menu.view.language", "menu.view.resetAll"),
                List.of("menu.view.larger", "menu.view.smaller", "menu.view.actualSize"),
                List.of("menu.help.shortcuts", "menu.help.about"));
        for (Locale language : Languages.ALL) {
            Messages m = Messages.of(language);
            for (List<String> menu : menus) {
                Map<Character, String> taken = new TreeMap<>();
                for (String key : menu) {
                    String text = m.get(key);
                    int at = text.indexOf('_');
                    assertTrue(at >= 0 && at + 1 < text.length(), language + " " + key + " has no mnemonic: " + text);
                    char letter = Character.toLowerCase(text.charAt(at + 1));
                    String other = taken.put(letter, key);
                    assertTrue(other == null, language + ": " + key + " and " + other + " both use Alt+" + letter);
                }
            }
        }
    }

    /** A room's message follows the window's language: the window tells core which one ({@code UserText.speak}). */
    @Test
    void messagesFromTheRoomsSpeakTheWindowsLanguage() {
        try {
            Languages.use(Languages.SPANISH);
            assertEquals("la carpeta no existe", IoTexts.text("folder.missing"));
            assertEquals("alto", CoreTexts.axis(1));
            assertEquals("grabación cancelada", CaptureTexts.text("recording.cancelled"));
        } finally {
            Languages.use(Languages.ENGLISH);
        }
        assertEquals("folder does not exist", IoTexts.text("folder.missing"));
    }

    @Test
    void everyKeyOfTheRoomsResolvesInEveryLanguage() throws IOException {
        for (app.conv3d.core.UserText texts : List.of(CoreTexts.TEXTS, IoTexts.TEXTS, CaptureTexts.TEXTS)) {
            for (Locale language : Languages.ALL) {
                for (String key : read(texts.name(), Languages.ENGLISH).stringPropertyNames()) {
                    Object[] args = places(read(texts.name(), Languages.ENGLISH).getProperty(key)).stream()
                            .map(i -> (Object) 7).toArray();
                    assertTrue(!texts.text(language, key, args).isBlank(), texts.name() + " " + key);
                }
            }
        }
    }
}
