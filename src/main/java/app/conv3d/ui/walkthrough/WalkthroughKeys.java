package app.conv3d.ui.walkthrough;

import app.conv3d.ui.lesson.Lesson;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard of a teacher at the front: Space plays or pauses, Left/Right step, Home/End jump.
 * Taken at the scene, before focused buttons or sliders see them, except while typing in a text field.
 */
public final class WalkthroughKeys {
    private WalkthroughKeys() {
    }

    public static void install(Scene scene, Lesson lesson) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case SPACE -> lesson.togglePlay();
                case LEFT -> lesson.step(-1);
                case RIGHT -> lesson.step(1);
                case HOME -> lesson.home();
                case END -> lesson.end();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        // A focused button would also fire on Space's release; the press already did the work.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
            }
        });
    }
}
