package app.conv3d.ui.train.live;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The live classification pane as the class sees it: classes with bars and percentages, buttons; never node ids. */
final class LiveClassifyPage {
    private final FxRobot robot;

    LiveClassifyPage(FxRobot robot) {
        this.robot = robot;
    }

    static <T> T onFx(Callable<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read from the FX thread", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for the pane", e);
        }
    }

    /** Presses "Classify live" (or "Stop" while classifying). */
    void pressStart() {
        robot.clickOn("#" + LiveClassifyPane.START_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void pressFreeze() {
        robot.clickOn("#" + LiveClassifyPane.FREEZE_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String startText() {
        return onFx(() -> button(LiveClassifyPane.START_ID).getText());
    }

    String freezeText() {
        return onFx(() -> button(LiveClassifyPane.FREEZE_ID).getText());
    }

    String title() {
        return onFx(() -> robot.lookup(".classify-title").queryAs(Label.class).getText());
    }

    String message() {
        return onFx(() -> {
            Label l = label(LiveClassifyPane.MESSAGE_ID);
            return l.isVisible() ? l.getText() : null;
        });
    }

    int classCount() {
        return onFx(() -> robot.lookup(".class-row").queryAll().size());
    }

    String className(int i) {
        return onFx(() -> label(LiveClassifyPane.NAME_PREFIX + i).getText());
    }

    String percent(int i) {
        return onFx(() -> label(LiveClassifyPane.PERCENT_PREFIX + i).getText());
    }

    /** How much of its track class {@code i}'s bar fills, as drawn (0..1). */
    double barFill(int i) {
        return onFx(() -> {
            ProbabilityBar bar = robot.lookup("#" + LiveClassifyPane.BAR_PREFIX + i).queryAs(ProbabilityBar.class);
            Node fill = bar.getChildrenUnmodifiable().get(0);
            return fill.getLayoutBounds().getWidth() / (bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset());
        });
    }

    boolean isWinner(int i) {
        return onFx(() -> robot.lookup("#" + LiveClassifyPane.ROW_PREFIX + i).query().getPseudoClassStates()
                .contains(LiveClassifyPane.WINNER));
    }

    int kernelPictures() {
        return onFx(() -> robot.lookup(".classify-kernel").queryAll().size());
    }

    /** Where class {@code i}'s percentage sits in the scene. */
    Bounds percentBounds(int i) {
        return onFx(() -> {
            Label l = label(LiveClassifyPane.PERCENT_PREFIX + i);
            return l.localToScene(l.getLayoutBounds());
        });
    }

    private Label label(String id) {
        return robot.lookup("#" + id).queryAs(Label.class);
    }

    private Button button(String id) {
        return robot.lookup("#" + id).queryAs(Button.class);
    }
}
