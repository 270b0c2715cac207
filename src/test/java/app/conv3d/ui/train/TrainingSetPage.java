package app.conv3d.ui.train;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The training set as the teacher sees it: classes, clips, buttons; tests never name a node id. */
final class TrainingSetPage {
    private final FxRobot robot;

    TrainingSetPage(FxRobot robot) {
        this.robot = robot;
    }

    static <T> T onFx(Callable<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read from the FX thread", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for the training set", e);
        }
    }

    int classCount() {
        return onFx(() -> robot.lookup(".class-row").queryAll().size());
    }

    String className(int i) {
        return onFx(() -> field(i).getText());
    }

    void rename(int i, String name) {
        TextField field = field(i);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String clipCount(int i) {
        return text("#" + TrainingSetPane.countId(i));
    }

    int thumbnails(int i) {
        return onFx(() -> (int) robot.lookup("#" + TrainingSetPane.stripId(i)).queryAs(Pane.class).getChildren()
                .stream().filter(n -> n.lookup(".clip-thumb") != null).count());
    }

    /** Presses Record on class {@code i} (the capture dialog opens and waits). */
    void pressRecord(int i) {
        robot.clickOn("#" + TrainingSetPane.recordId(i));
    }

    /** In the open capture dialog: waits for the camera, records, waits for the clip and presses Use. */
    void recordInDialogAndUse() {
        waitUntil(() -> robot.lookup("#record").tryQueryAs(Button.class).map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#record");
        waitUntil(() -> robot.lookup("#use").tryQueryAs(Button.class).map(b -> !b.isDisabled()).orElse(false));
        robot.clickOn("#use");
        WaitForAsyncUtils.waitForFxEvents();
    }

    String dialogTitle() {
        return onFx(() -> robot.lookup("#record").queryAs(Button.class).getScene().getWindow() instanceof
                javafx.stage.Stage s ? s.getTitle() : "");
    }

    void removeClip(int i, int k) {
        robot.clickOn("#" + TrainingSetPane.removeClipId(i, k));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void addClass() {
        robot.clickOn("#" + TrainingSetPane.ADD_CLASS_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Add class with the keyboard: focus, then Space. */
    void addClassWithTheKeyboard() {
        robot.interact(() -> robot.lookup("#" + TrainingSetPane.ADD_CLASS_ID).query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean canAddClass() {
        return onFx(() -> !robot.lookup("#" + TrainingSetPane.ADD_CLASS_ID).query().isDisabled());
    }

    void removeClass(int i) {
        robot.clickOn("#" + TrainingSetPane.removeClassId(i));
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean canRemoveClass(int i) {
        return onFx(() -> !robot.lookup("#" + TrainingSetPane.removeClassId(i)).query().isDisabled());
    }

    boolean mirrorTicked(int i) {
        return onFx(() -> robot.lookup("#" + TrainingSetPane.mirrorId(i)).queryAs(CheckBox.class).isSelected());
    }

    void tickMirror(int i) {
        robot.clickOn("#" + TrainingSetPane.mirrorId(i));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void chooseMirrorAugmentation() {
        robot.clickOn("#" + TrainingSetPane.MIRROR_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void chooseShiftAugmentation() {
        robot.clickOn("#" + TrainingSetPane.SHIFT_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String total() {
        return text("#" + TrainingSetPane.TOTAL_ID);
    }

    void pressImport() {
        robot.clickOn("#" + TrainingSetPane.IMPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String message() {
        return text("#" + TrainingSetPane.MESSAGE_ID);
    }

    boolean messageShown() {
        return onFx(() -> robot.lookup("#" + TrainingSetPane.MESSAGE_ID).query().isVisible());
    }

    private TextField field(int i) {
        return robot.lookup("#" + TrainingSetPane.nameId(i)).queryAs(TextField.class);
    }

    private String text(String query) {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            return ((Label) n).getText();
        });
    }
}
