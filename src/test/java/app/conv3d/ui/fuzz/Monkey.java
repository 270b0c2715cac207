package app.conv3d.ui.fuzz;

import app.conv3d.ui.app.Shortcut;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded monkey on the real window, as PhET's fuzzer on its simulations: clicks on visible, enabled controls,
 * every shortcut, drags, scrolls, text typed into fields, menus, choices, dialogs opened and closed. (Not window
 * sizes: headless Monocle keeps a shown window's first pixel buffer, so a larger window overflows it.)
 * It finds its targets at run time by walking the scene graphs of the open windows, so a new layout needs no
 * change here. Out of its reach: Quit and full screen (see {@link #OUT_OF_REACH}); native file choosers never open,
 * the test answers them.
 */
final class Monkey {
    /**
     * Quit would end the application the test runs in; full screen (the presentation view's too) makes the window the
     * headless screen's size, larger than the pixel buffer headless Monocle gave it when shown (its renderer then
     * throws on every frame).
     */
    private static final Set<String> OUT_OF_REACH = Set.of("menuQuit", "menuFullScreen", "menuPresentation");
    private static final Set<Shortcut> KEYS_OUT_OF_REACH = Set.of(Shortcut.QUIT, Shortcut.FULL_SCREEN,
            Shortcut.PRESENTATION);
    private static final KeyCode[] TYPED_KEYS = {KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
        KeyCode.DIGIT5, KeyCode.DIGIT7, KeyCode.DIGIT9, KeyCode.MINUS, KeyCode.PERIOD, KeyCode.E, KeyCode.X,
        KeyCode.BACK_SPACE, KeyCode.SPACE};

    private final FxRobot robot;
    private final BaseRobot base;
    private final Random random;
    private final Stage main;
    private final MenuBar menus;
    private final Deque<String> recent = new ArrayDeque<>();

    Monkey(FxRobot robot, long seed, Stage main, MenuBar menus) {
        this.robot = robot;
        this.base = robot.robotContext().getBaseRobot();
        this.random = new Random(seed);
        this.main = main;
        this.menus = menus;
    }

    /** The last events, oldest first, to say what led to a failure. */
    List<String> recentEvents() {
        return List.copyOf(recent);
    }

    /** One random event. */
    void step() throws Exception {
        List<Stage> dialogs = onFx(this::openDialogs);
        if (!dialogs.isEmpty() && random.nextInt(4) == 0) {
            closeDialog(dialogs.get(dialogs.size() - 1));
        } else {
            Stage target = dialogs.isEmpty() || random.nextInt(4) == 0 ? main : dialogs.get(dialogs.size() - 1);
            int roll = random.nextInt(100);
            if (roll < 36) {
                click(target);
            } else if (roll < 50) {
                shortcut();
            } else if (roll < 60) {
                drag(target);
            } else if (roll < 67) {
                scroll(target);
            } else if (roll < 77) {
                type(target);
            } else if (roll < 87) {
                menu();
            } else {
                choose(target);
            }
        }
        settle();
    }

    private void note(String event) {
        recent.addLast(event);
        if (recent.size() > 40) {
            recent.removeFirst();
        }
    }

    // ---- events ----

    private void click(Stage window) throws Exception {
        List<Node> controls = onFx(() -> visible(window, n -> n instanceof ButtonBase || n instanceof Slider
                || n instanceof ScrollBar || n instanceof Spinner || n instanceof ChoiceBox || n instanceof ComboBoxBase
                || (n instanceof Region && !(n instanceof Control) && n.getOnMouseClicked() != null)));
        if (controls.isEmpty()) {
            return;
        }
        Node n = controls.get(random.nextInt(controls.size()));
        Point2D at = onFx(() -> pointIn(n));
        if (at == null) { // the last event's pulse took it out of the window (a pane swapped): nothing to click
            note("click " + onFx(() -> describe(n)) + ": gone");
            return;
        }
        note("click " + onFx(() -> describe(n)) + " at " + round(at));
        base.moveMouse(at);
        base.pressMouse(MouseButton.PRIMARY);
        base.releaseMouse(MouseButton.PRIMARY);
        settle();
        if (onFx(() -> n instanceof ChoiceBox<?> || n instanceof ComboBoxBase<?>)) {
            pickFromOpenList();
        }
    }

    private void shortcut() throws Exception {
        Shortcut[] all = Shortcut.values();
        Shortcut s = all[random.nextInt(all.length)];
        if (KEYS_OUT_OF_REACH.contains(s)) {
            return;
        }
        KeyCombination k = s.keys().get(random.nextInt(s.keys().size()));
        note("shortcut " + s + " (" + k.getName() + ")");
        if (!(k instanceof KeyCodeCombination code)) {
            robot.write(k.getName().replace("'", ""));
            return;
        }
        List<KeyCode> held = new ArrayList<>();
        if (code.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.CONTROL);
        }
        if (code.getShift() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.SHIFT);
        }
        held.forEach(base::pressKeyboard);
        base.pressKeyboard(code.getCode());
        base.releaseKeyboard(code.getCode());
        held.forEach(base::releaseKeyboard);
    }

    private void drag(Stage window) throws Exception {
        List<Node> nodes = onFx(() -> visible(window, n -> n instanceof Region || n instanceof javafx.scene.canvas.Canvas
                || n instanceof javafx.scene.SubScene));
        if (nodes.isEmpty()) {
            return;
        }
        Node n = nodes.get(random.nextInt(nodes.size()));
        Point2D from = onFx(() -> pointIn(n));
        if (from == null) {
            return; // gone from the window since it was listed
        }
        Point2D by = new Point2D(random.nextInt(301) - 150, random.nextInt(301) - 150);
        note("drag " + onFx(() -> describe(n)) + " from " + round(from) + " by " + round(by));
        base.moveMouse(from);
        base.pressMouse(MouseButton.PRIMARY);
        int steps = 2 + random.nextInt(4);
        for (int i = 1; i <= steps; i++) {
            base.moveMouse(from.add(by.multiply(i / (double) steps)));
            settle();
        }
        base.releaseMouse(MouseButton.PRIMARY);
    }

    private void scroll(Stage window) throws Exception {
        List<Node> nodes = onFx(() -> visible(window, n -> n instanceof Region || n instanceof javafx.scene.SubScene));
        if (nodes.isEmpty()) {
            return;
        }
        Node n = nodes.get(random.nextInt(nodes.size()));
        Point2D at = onFx(() -> pointIn(n));
        if (at == null) {
            return; // gone from the window since it was listed
        }
        int amount = random.nextInt(11) - 5;
        note("scroll " + amount + " over " + onFx(() -> describe(n)));
        base.moveMouse(at);
        base.scrollMouse(amount);
    }

    private void type(Stage window) throws Exception {
        List<Node> fields = onFx(() -> visible(window, n -> n instanceof TextInputControl t && t.isEditable()));
        if (fields.isEmpty()) {
            return;
        }
        TextInputControl field = (TextInputControl) fields.get(random.nextInt(fields.size()));
        StringBuilder text = new StringBuilder();
        List<KeyCode> keys = new ArrayList<>();
        for (int i = random.nextInt(6); i >= 0; i--) {
            KeyCode k = TYPED_KEYS[random.nextInt(TYPED_KEYS.length)];
            keys.add(k);
            text.append(k == KeyCode.BACK_SPACE ? "\u232b" : k == KeyCode.SPACE ? " " : k.getChar().toLowerCase());
        }
        KeyCode end = random.nextBoolean() ? KeyCode.ENTER : random.nextBoolean() ? KeyCode.TAB : KeyCode.ESCAPE;
        note("type \"" + text + "\" + " + end + " into " + onFx(() -> describe(field)));
        fx(() -> {
            field.requestFocus();
            field.selectAll();
        });
        for (KeyCode k : keys) {
            base.pressKeyboard(k);
            base.releaseKeyboard(k);
        }
        base.pressKeyboard(end);
        base.releaseKeyboard(end);
    }

    private void menu() throws Exception {
        List<MenuItem> items = onFx(() -> {
            List<MenuItem> all = new ArrayList<>();
            collect(menus.getMenus(), all);
            return all;
        });
        if (items.isEmpty()) {
            return;
        }
        MenuItem item = items.get(random.nextInt(items.size()));
        note("menu " + (item.getId() != null ? item.getId() : item.getText()));
        // Not waited for: Record from camera waits in a nested event loop until its dialog closes.
        javafx.application.Platform.runLater(item::fire);
    }

    private void choose(Stage window) throws Exception {
        List<Node> boxes = onFx(() -> visible(window, n -> n instanceof ChoiceBox || n instanceof ComboBoxBase
                || n instanceof Spinner));
        if (boxes.isEmpty()) {
            return;
        }
        Node n = boxes.get(random.nextInt(boxes.size()));
        if (n instanceof Spinner<?>) {
            Point2D at = onFx(() -> pointIn(n));
            if (at == null) {
                return; // gone from the window since it was listed
            }
            KeyCode k = random.nextBoolean() ? KeyCode.UP : KeyCode.DOWN;
            note("spinner " + onFx(() -> describe(n)) + " " + k);
            base.moveMouse(at);
            base.pressMouse(MouseButton.PRIMARY);
            base.releaseMouse(MouseButton.PRIMARY);
            base.pressKeyboard(k);
            base.releaseKeyboard(k);
            return;
        }
        Point2D at = onFx(() -> pointIn(n));
        if (at == null) {
            return; // gone from the window since it was listed
        }
        note("open " + onFx(() -> describe(n)));
        base.moveMouse(at);
        base.pressMouse(MouseButton.PRIMARY);
        base.releaseMouse(MouseButton.PRIMARY);
        settle();
        pickFromOpenList();
    }

    /** In an open choice list: down a few entries, then Enter (or Esc to leave it as it was). */
    private void pickFromOpenList() throws Exception {
        int downs = random.nextInt(5);
        for (int i = 0; i < downs; i++) {
            base.pressKeyboard(KeyCode.DOWN);
            base.releaseKeyboard(KeyCode.DOWN);
        }
        KeyCode end = random.nextInt(5) == 0 ? KeyCode.ESCAPE : KeyCode.ENTER;
        note("  " + downs + " x DOWN, " + end);
        base.pressKeyboard(end);
        base.releaseKeyboard(end);
    }

    private void closeDialog(Stage dialog) throws Exception {
        boolean esc = random.nextBoolean();
        note("close " + dialog.getTitle() + (esc ? " with Esc" : ""));
        if (esc) {
            fx(dialog::requestFocus);
            base.pressKeyboard(KeyCode.ESCAPE);
            base.releaseKeyboard(KeyCode.ESCAPE);
            settle();
        }
        fx(() -> {
            if (dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    // ---- finding things (FX thread) ----

    private List<Stage> openDialogs() {
        List<Stage> open = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w != main && w instanceof Stage s && s.isShowing()) {
                open.add(s);
            }
        }
        return open;
    }

    private static List<Node> visible(Stage window, java.util.function.Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        Scene scene = window.getScene();
        if (scene != null && window.isShowing()) {
            walk(scene.getRoot(), wanted, found, scene);
        }
        return found;
    }

    private static void walk(Node n, java.util.function.Predicate<Node> wanted, List<Node> found, Scene scene) {
        if (!n.isVisible() || n.isDisabled() || n.getOpacity() == 0) {
            return;
        }
        if (wanted.test(n) && onScreen(n, scene)) {
            found.add(n);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, wanted, found, scene);
            }
        }
    }

    private static boolean onScreen(Node n, Scene scene) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b == null || b.getWidth() < 2 || b.getHeight() < 2) {
            return false;
        }
        double x = b.getCenterX();
        double y = b.getCenterY();
        return x >= 0 && y >= 0 && x < scene.getWidth() && y < scene.getHeight();
    }

    /** A random point inside the node's visible part, on the screen; null when the node is in no window now. */
    private Point2D pointIn(Node n) {
        Bounds b = n.localToScreen(n.getLayoutBounds());
        if (b == null) {
            return null;
        }
        double fx = 0.2 + 0.6 * random.nextDouble();
        double fy = 0.2 + 0.6 * random.nextDouble();
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    private static void collect(List<? extends MenuItem> items, List<MenuItem> into) {
        for (MenuItem m : items) {
            if (m instanceof Menu sub) {
                collect(sub.getItems(), into);
            } else if (!(m instanceof javafx.scene.control.SeparatorMenuItem) && !m.isDisable()
                    && (m.getId() == null || !OUT_OF_REACH.contains(m.getId()))) {
                into.add(m);
            }
        }
    }

    private static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }

    private static String round(Point2D p) {
        return "(" + Math.round(p.getX()) + ", " + Math.round(p.getY()) + ")";
    }

    /** Until the FX thread has handled what the robot sent (one round trip after the events it queued). */
    private static void settle() throws Exception {
        onFx(() -> null);
        onFx(() -> null);
    }

    private static void fx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
