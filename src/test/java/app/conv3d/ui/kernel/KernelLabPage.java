package app.conv3d.ui.kernel;

import app.conv3d.core.KernelPreset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The kernel lab as a user sees it: tests speak of presets, cells and thumbnails, never of node ids. */
final class KernelLabPage {
    private final FxRobot robot;

    KernelLabPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Reads {@code value} on the FX thread (where the lesson and the nodes change). */
    static <T> T onFx(Callable<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read from the FX thread", e);
        }
    }

    /** Waits until {@code condition} holds on the FX thread. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for the lab", e);
        }
    }

    void choosePreset(KernelPreset preset) {
        robot.clickOn("#presetChoice");
        Node cell = robot.lookup(".list-cell").match((ListCell<?> c) -> preset.displayName().equals(c.getText())
                && c.getItem() != null && c.getListView() != null).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String explanation() {
        return text("#presetExplanation");
    }

    String weight(int row, int column) {
        return onFx(() -> robot.lookup("#weight-" + row + "-" + column).queryAs(TextField.class).getText());
    }

    void typeWeight(int row, int column, String text) {
        reveal("#weight-" + row + "-" + column);
        TextField cell = robot.lookup("#weight-" + row + "-" + column).queryAs(TextField.class);
        robot.clickOn(cell);
        robot.interact(cell::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags a weight cell up ({@code pixels} > 0) or down. */
    void dragWeightUp(int row, int column, int pixels) {
        reveal("#weight-" + row + "-" + column);
        robot.drag("#weight-" + row + "-" + column).moveBy(0, -pixels / 2.0).moveBy(0, -pixels / 2.0).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the up arrow of a geometry spinner: {@code setting} is kernelSize, stride, dilation or padding. */
    void increase(String setting, String axis) {
        reveal("#" + setting + "-" + axis);
        robot.clickOn("#" + setting + "-" + axis + " .increment-arrow-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    int value(String setting, String axis) {
        return onFx(() -> robot.lookup("#" + setting + "-" + axis).<Spinner<Integer>>query().getValue());
    }

    /** The reason shown for the last refused geometry change; null when none is shown. */
    String geometryRefusal() {
        return onFx(() -> {
            Label l = robot.lookup("#geometryRefusal").queryAs(Label.class);
            return l.isVisible() ? l.getText() : null;
        });
    }

    boolean sameIsOffered() {
        return onFx(() -> !robot.lookup("#paddingMode-1").query().isDisabled());
    }

    String sameHint() {
        return text("#sameHint");
    }

    String output(String axis) {
        return text("#output-" + axis);
    }

    String formula(String axis) {
        return text("#formula-" + axis);
    }

    void addKernel() {
        reveal("#addKernel");
        robot.clickOn("#addKernel");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clickThumbnail(int n) {
        reveal("#bankThumb-" + n);
        robot.clickOn("#bankThumb-" + n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    int thumbnails() {
        return onFx(() -> robot.lookup(".bank-thumb").queryAll().size());
    }

    boolean thumbnailSelected(int n) {
        return onFx(() -> robot.lookup("#bankThumb-" + n).tryQuery()
                .map(node -> node.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")))
                .orElse(false));
    }

    /** The lab's one-line message, or null when none is shown. */
    String message() {
        return onFx(() -> {
            Label l = robot.lookup("#labMessage").queryAs(Label.class);
            return l.isVisible() ? l.getText() : null;
        });
    }

    void dismissMessage() {
        robot.clickOn("#dismissLabMessage");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The lab's messages themselves, which may take any size inside the room kept for them. */
    private static final java.util.Set<String> MESSAGES = java.util.Set.of("labMessage", "geometryRefusal", "sameHint");

    /** Where every control of the lab but the messages is in the window, in the lab's order of nodes. */
    List<Bounds> controlBounds() {
        return onFx(() -> robot.lookup("#kernelLab").queryAll().stream().findFirst()
                .map(lab -> controls(lab, new ArrayList<>())).orElseThrow());
    }

    private static List<Bounds> controls(Node node, List<Bounds> found) {
        if (node instanceof Control && (node.getId() == null || !MESSAGES.contains(node.getId()))) {
            found.add(node.localToScene(node.getLayoutBounds()));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> controls(child, found));
        }
        return found;
    }

    void chooseFrameByFrame() {
        robot.clickOn("2D, frame by frame");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the lab so the node is in view, as a user would before clicking it. */
    private void reveal(String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroll = (ScrollPane) robot.lookup(".lab-scroll").query();
            Node content = scroll.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (top - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
