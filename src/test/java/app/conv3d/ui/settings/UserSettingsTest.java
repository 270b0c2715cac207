package app.conv3d.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The teacher's settings: kept per part in a preferences node, or nowhere at all for snapshots and tests. */
class UserSettingsTest {
    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());

    @AfterEach
    void removeTheNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void eachPartKeepsItsOwnValues() throws BackingStoreException {
        UserSettings settings = UserSettings.in(node);
        settings.part("appearance").put("theme", "DARK");
        settings.part("layout").put("volume", 0.4);
        settings.part("capture").put("flag", true);
        settings.flush();
        UserSettings again = UserSettings.in(node);
        assertEquals("DARK", again.part("appearance").text("theme", "?"));
        assertEquals("?", again.part("layout").text("theme", "?"));
        assertEquals(0.4, again.part("layout").number("volume"));
        assertTrue(again.part("capture").flag("flag", false));
        assertTrue(node.nodeExists("appearance"));
    }

    @Test
    void noneRemembersNothing() throws BackingStoreException {
        UserSettings none = UserSettings.none();
        none.part("appearance").put("theme", "DARK");
        none.put("volume", 0.4);
        none.flush();
        assertEquals("PROJECTOR", none.part("appearance").text("theme", "PROJECTOR"));
        assertTrue(Double.isNaN(none.number("volume")));
    }
}
