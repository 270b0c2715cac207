package app.conv3d.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The classroom's menus, keys and windows as a teacher uses them. Hides ids and node look-ups from the tests. */
final class ClassroomPage {
    private final FxRobot robot;
    private final MenuBar menus;

    ClassroomPage(FxRobot robot, MenuBar menus) {
        this.robot = robot;
        this.menus = menus;
    }

    /** Chooses the menu item with this id, as a click on it would. */
    void choose(String itemId) {
        MenuItem item = find(menus.getMenus(), itemId).orElseThrow(() -> new AssertionError("no menu item " + itemId));
        robot.interact(item::fire);
    }

    boolean hasMenuItem(String itemId) {
        return find(menus.getMenus(), itemId).isPresent();
    }

    void press(KeyCode key) {
        robot.type(key);
    }

    /** Presses the one key combination of {@code shortcut}, the platform's shortcut key standing for "Shortcut". */
    void press(Shortcut shortcut) {
        if (!(shortcut.combination() instanceof javafx.scene.input.KeyCodeCombination k)) {
            throw new IllegalArgumentException(shortcut + " is not a key code combination");
        }
        List<KeyCode> held = new ArrayList<>();
        if (k.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
            held.add(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac")
                    ? KeyCode.COMMAND : KeyCode.CONTROL);
        }
        if (k.getShift() == javafx.scene.input.KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.SHIFT);
        }
        robot.press(held.toArray(KeyCode[]::new)).type(k.getCode()).release(held.toArray(KeyCode[]::new));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every accelerator of the menu bar, one entry per menu item that has one (duplicates kept). */
    List<javafx.scene.input.KeyCombination> menuAccelerators() {
        List<javafx.scene.input.KeyCombination> keys = new ArrayList<>();
        collectAccelerators(menus.getMenus(), keys);
        return keys;
    }

    private static void collectAccelerators(List<? extends MenuItem> items, List<javafx.scene.input.KeyCombination> keys) {
        for (MenuItem m : items) {
            if (m.getAccelerator() != null) {
                keys.add(m.getAccelerator());
            }
            if (m instanceof Menu sub) {
                collectAccelerators(sub.getItems(), keys);
            }
        }
    }

    boolean kernelLabShown() {
        return !robot.lookup("#kernelLab").queryAll().isEmpty();
    }

    void typeQuestionMark() {
        robot.write('?');
    }

    /** The tooltip text of the node with this id (control or not); null when it has none. */
    String tooltipOf(String id) {
        Node n = robot.lookup("#" + id).query();
        Object tip = n instanceof javafx.scene.control.Control c ? c.getTooltip()
                : n.getProperties().get("javafx.scene.control.Tooltip");
        return tip == null ? null : ((javafx.scene.control.Tooltip) tip).getText();
    }

    String accessibleTextOf(String id) {
        return robot.lookup("#" + id).query().getAccessibleText();
    }

    boolean isShowing(String id) {
        return !robot.lookup("#" + id).queryAll().isEmpty();
    }

    boolean errorShown() {
        return robot.lookup("#errorBanner").query().isVisible();
    }

    String errorText() {
        return robot.lookup("#errorMessage").<Label>query().getText();
    }

    /** The font size of the lesson's title ("Features: ..."), in pixels, as CSS left it. */
    double panelTitleFontPx() {
        Label title = robot.lookup(".panel-title").query();
        robot.interact(() -> title.getScene().getRoot().applyCss());
        return title.getFont().getSize();
    }

    /** The texts of the shortcuts window, if it is showing. */
    Optional<List<String>> shortcutTexts() {
        return windowTexts("shortcutsDialog");
    }

    /** The labels' texts of the showing window whose content has this id, if there is one. */
    Optional<List<String>> windowTexts(String contentId) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene().lookup("#" + contentId) != null) {
                List<String> texts = new ArrayList<>();
                for (Node n : s.getScene().getRoot().lookupAll(".label")) {
                    texts.add(((Label) n).getText());
                }
                return Optional.of(texts);
            }
        }
        return Optional.empty();
    }

    private static Optional<MenuItem> find(List<? extends MenuItem> items, String id) {
        for (MenuItem m : items) {
            if (id.equals(m.getId())) {
                return Optional.of(m);
            }
            if (m instanceof Menu sub) {
                Optional<MenuItem> inside = find(sub.getItems(), id);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }
}
