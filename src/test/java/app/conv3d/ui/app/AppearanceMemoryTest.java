package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.ui.settings.UserSettings;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The theme and text size a teacher chose come back in the next window; a launch option's do not stay. */
@ExtendWith(ApplicationExtension.class)
class AppearanceMemoryTest {
    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());

    @AfterEach
    void removeTheNode() throws BackingStoreException {
        node.removeNode();
    }

    private Appearance window(FxRobot robot) {
        Appearance[] made = new Appearance[1];
        robot.interact(() -> {
            made[0] = Appearance.install(new Scene(new StackPane(), 200, 100));
            made[0].remember(UserSettings.in(node));
        });
        return made[0];
    }

    @Test
    void theTeachersChoiceComesBack(FxRobot robot) {
        Appearance first = window(robot);
        assertEquals(Theme.PROJECTOR, first.themeProperty().get(), "as the app ships");
        robot.interact(() -> {
            first.themeProperty().set(Theme.DARK);
            first.scaleProperty().set(UiScale.P175);
        });
        Appearance next = window(robot);
        assertEquals(Theme.DARK, next.themeProperty().get());
        assertEquals(UiScale.P175, next.scaleProperty().get());
    }

    @Test
    void aLaunchOptionIsForThisRunOnly(FxRobot robot) {
        Appearance first = window(robot);
        robot.interact(() -> first.startWith(Theme.DARK, UiScale.P200));
        assertEquals(Theme.DARK, first.themeProperty().get());
        Appearance next = window(robot);
        assertEquals(Theme.PROJECTOR, next.themeProperty().get());
        assertEquals(UiScale.P100, next.scaleProperty().get());
    }

    @Test
    void aStoredValueThisVersionDoesNotKnowIsPassedOver(FxRobot robot) {
        Preferences appearance = node.node("appearance");
        appearance.put("theme", "NEON");
        appearance.putDouble("textSize", 333);
        Appearance a = window(robot);
        assertEquals(Theme.PROJECTOR, a.themeProperty().get());
        assertEquals(UiScale.P100, a.scaleProperty().get());
    }
}
