package app.conv3d.ui.train;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Train mode as a teacher uses it: its buttons and what it says. Hides node ids from the tests. */
public final class TrainModePage {
    private static final long WAIT_SECONDS = 120;
    private final FxRobot robot;

    public TrainModePage(FxRobot robot) {
        this.robot = robot;
    }

    /** The top bar's Train toggle. */
    public void toggle() {
        robot.clickOn("#trainButton");
    }

    public boolean shown() {
        return robot.lookup("#" + TrainModeView.ID).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#" + TrainModeView.ID).query().getScene() != null;
    }

    public void makePracticeClips() {
        robot.clickOn("#" + TrainModePractice.MAKE_ID);
    }

    public void train() {
        robot.clickOn("#" + TrainModeView.TRAIN_ID);
    }

    public void compareWith2d() {
        robot.clickOn("#" + TrainModeView.COMPARE_ID);
    }

    public void cancel() {
        robot.clickOn("#" + TrainModeView.CANCEL_ID);
    }

    public void sendToLab() {
        robot.clickOn("#" + TrainModeView.SEND_ID);
    }

    public void saveKernels() {
        robot.clickOn("#" + TrainModeView.SAVE_ID);
    }

    public boolean canTrain() {
        return !robot.lookup("#" + TrainModeView.TRAIN_ID).queryAs(Button.class).isDisabled();
    }

    public boolean canCancel() {
        return !robot.lookup("#" + TrainModeView.CANCEL_ID).queryAs(Button.class).isDisabled();
    }

    public boolean canSend() {
        return !robot.lookup("#" + TrainModeView.SEND_ID).queryAs(Button.class).isDisabled();
    }

    public String status() {
        return robot.lookup("#" + TrainModeView.STATUS_ID).queryAs(Label.class).getText();
    }

    public String score() {
        return robot.lookup("#" + LearningCurvesView.SCORE_ID).queryAs(Label.class).getText();
    }

    public String keepNote() {
        return robot.lookup("#" + TrainModeView.KEEP_NOTE_ID).queryAs(Label.class).getText();
    }

    /** The confusion matrix's cell (actual, predicted), if the matrix is shown. */
    public boolean hasCell(int actual, int predicted) {
        return robot.lookup("#" + ConfusionMatrixView.CELL_ID + actual + "-" + predicted).tryQuery().isPresent();
    }

    /** Clicks the thumbnail of clip {@code index} in the matrix. */
    public void clickThumbnail(int index) {
        robot.clickOn("#" + ConfusionMatrixView.THUMB_ID + index);
    }

    /** Waits until Train can be pressed again (the training ended, one way or another). */
    public void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, this::canTrain);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void await(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
