package app.conv3d.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which language the window speaks, and what is remembered, without a toolkit and never the teacher's settings. */
class LanguagesTest {
    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());
    private final Locale machine = Locale.getDefault();

    @AfterEach
    void restore() throws BackingStoreException {
        Languages.start(LanguageSetting.none());
        Languages.use(Languages.ENGLISH);
        Locale.setDefault(machine);
        node.removeNode();
    }

    @Test
    void testsSpeakEnglishWhateverTheMachineSpeaks() {
        assertEquals(Languages.ENGLISH, Languages.current());
        Locale.setDefault(Languages.SPANISH);
        // No fall-back to the machine's language: English stays English on a Spanish machine.
        assertEquals("Language", Messages.of(Languages.ENGLISH).get("language.title"));
        assertEquals("Idioma", Messages.of(Languages.SPANISH).get("language.title"));
        assertEquals("Language", Messages.of(Locale.GERMAN).get("language.title"));
    }

    @Test
    void useSwitchesTheTextsAndRefusesALanguageWithNoBundle() {
        Languages.use(Languages.SPANISH);
        assertEquals("Idioma", Messages.text("language.title"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Languages.use(Locale.GERMAN));
        assertTrue(e.getMessage().contains("'de'") && e.getMessage().contains("en, es"), e.getMessage());
        assertEquals("Idioma", Messages.text("language.title"));
    }

    @Test
    void findTakesTagsAsTeachersAndSystemsWriteThem() {
        assertEquals(Optional.of(Languages.SPANISH), Languages.find("es"));
        assertEquals(Optional.of(Languages.SPANISH), Languages.find(" es_MX "));
        assertEquals(Optional.of(Languages.ENGLISH), Languages.find("en-GB"));
        assertEquals(Optional.empty(), Languages.find("fr"));
        assertEquals(Optional.empty(), Languages.find(""));
        assertEquals(Optional.empty(), Languages.find(null));
    }

    @Test
    void startTakesTheRememberedChoiceThenTheSystemsLanguageThenEnglish() {
        Locale.setDefault(Languages.SPANISH);
        assertEquals(Languages.SPANISH, Languages.start(LanguageSetting.in(node)), "the system's, when spoken");
        Locale.setDefault(Locale.FRENCH);
        assertEquals(Languages.ENGLISH, Languages.start(LanguageSetting.in(node)), "English, when not");
        LanguageSetting.in(node).remember(Languages.SPANISH);
        assertEquals(Languages.SPANISH, Languages.start(LanguageSetting.in(node)), "the teacher's choice first");
        assertEquals("Idioma", Messages.text("language.title"));
    }

    @Test
    void aChoiceInTheMenuIsRememberedForTheNextStartOnly() {
        Languages.start(LanguageSetting.in(node));
        Locale now = Languages.current();
        Languages.choose(Languages.SPANISH);
        assertEquals(now, Languages.current(), "the texts on screen keep their language");
        assertEquals(Languages.SPANISH, Languages.next());
        assertEquals(Optional.of(Languages.SPANISH), LanguageSetting.in(node).chosen());
    }

    @Test
    void noneRemembersNothing() {
        Locale.setDefault(Locale.FRENCH);
        Languages.start(LanguageSetting.none());
        Languages.choose(Languages.SPANISH);
        assertEquals(Optional.empty(), LanguageSetting.none().chosen());
        assertEquals(Languages.ENGLISH, Languages.next());
    }

    @Test
    void eachLanguageNamesItselfInTheMenu() {
        assertEquals("Español", Languages.ownName(Languages.SPANISH));
        assertEquals("English", Languages.ownName(Languages.ENGLISH));
    }
}
