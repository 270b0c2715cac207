package app.conv3d.ui;

import app.conv3d.ui.layout.ScreenRegion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's layout as a teacher meets it: which regions show and how much of the width each has, the keys
 * that change it, and the dividers. Measures through {@link WindowLayout}, as {@code snapshot --layout} does.
 */
final class StagePage {
    private final FxRobot robot;
    private final MainWindow window;

    StagePage(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /** The regions showing now, by {@link WindowLayout}'s names. */
    List<ScreenRegion> regions() {
        return onFx(() -> WindowLayout.measure(window));
    }

    /** Whether the region called {@code name} shows. */
    boolean shows(String name) {
        return WindowLayout.find(regions(), name).isPresent();
    }

    /** The width of region {@code name} as a share of the window's. */
    double widthShare(String name) {
        List<ScreenRegion> r = regions();
        ScreenRegion whole = WindowLayout.find(r, "window").orElseThrow();
        return WindowLayout.find(r, name).orElseThrow(() -> new AssertionError(name + " is not showing: " + r))
                .widthShareOf(whole);
    }

    ScreenRegion region(String name) {
        return WindowLayout.find(regions(), name).orElseThrow();
    }

    /** Whether the top bar (and with it the menus) shows. */
    boolean lessonBarShown() {
        return onFx(() -> window.lessonBar().isVisible() && window.lessonBar().getScene() != null);
    }

    boolean menuBarShown() {
        return onFx(() -> robot.lookup("#menuBar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }

    boolean presenting() {
        return onFx(() -> window.layout().presentingProperty().get());
    }

    boolean fullScreen() {
        return onFx(() -> ((javafx.stage.Stage) window.scene().getWindow()).isFullScreen());
    }

    boolean controlsShown() {
        return onFx(() -> window.controls().isVisible() && window.controls().getScene() != null);
    }

    void pressPresentationKey() {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void pressEscape() {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The platform's shortcut modifier with {@code key}. */
    void pressShortcut(KeyCode key) {
        KeyCode modifier = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac")
                ? KeyCode.COMMAND : KeyCode.CONTROL;
        robot.press(modifier).type(key).release(modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clickKernelLabButton() {
        robot.clickOn("#kernelLabButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clickArithmeticButton() {
        robot.clickOn("#arithmeticButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the divider after the volume by {@code dx} pixels (right is positive). */
    void dragFirstDivider(double dx) {
        java.util.List<javafx.scene.Node> dividers = onFx(() -> new java.util.ArrayList<>(
                window.stage().lookupAll(".split-pane-divider")));
        dividers.sort(java.util.Comparator.comparingDouble(d -> d.localToScene(0, 0).getX()));
        robot.drag(dividers.get(0)).moveBy(dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the last divider (before the side column) by {@code dx} pixels. */
    void dragLastDivider(double dx) {
        java.util.List<javafx.scene.Node> dividers = onFx(() -> new java.util.ArrayList<>(
                window.stage().lookupAll(".split-pane-divider")));
        dividers.sort(java.util.Comparator.comparingDouble(d -> d.localToScene(0, 0).getX()));
        robot.drag(dividers.get(dividers.size() - 1)).moveBy(dx, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
