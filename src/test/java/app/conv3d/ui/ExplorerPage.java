package app.conv3d.ui;

import app.conv3d.core.StepSize;
import app.conv3d.ui.features.FeatureViewPage;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.lesson.Speed;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The teaching window as a teacher uses it: buttons, keys, clicks. Hides node ids from the tests. */
final class ExplorerPage {
    private final FxRobot robot;

    ExplorerPage(FxRobot robot) {
        this.robot = robot;
    }

    void clickPlay() {
        robot.clickOn("#playButton");
    }

    void clickStepForward() {
        robot.clickOn("#stepForward");
    }

    void clickStepBack() {
        robot.clickOn("#stepBack");
    }

    void clickReset() {
        robot.clickOn("#resetButton");
    }

    String playButtonText() {
        return this.<Button>node("#playButton").getText();
    }

    boolean canStepForward() {
        return !node("#stepForward").isDisabled();
    }

    boolean canStepBack() {
        return !node("#stepBack").isDisabled();
    }

    void press(KeyCode key) {
        robot.type(key);
    }

    /** Moves the scrubber as a drag would: to position {@code index} (0-based). */
    void scrubTo(int index) {
        Slider slider = node("#scrubber");
        robot.interact(() -> slider.setValue(index));
    }

    double scrubberValue() {
        return this.<Slider>node("#scrubber").getValue();
    }

    String positionText() {
        return this.<Label>node("#positionLabel").getText();
    }

    void chooseStepSize(StepSize size) {
        ChoiceBox<StepSize> box = node("#stepSizeChoice");
        robot.interact(() -> box.setValue(size));
        robot.interact(() -> box.fireEvent(new javafx.event.ActionEvent()));
    }

    void chooseLessonSize(LessonSize size) {
        ChoiceBox<LessonSize> box = node("#lessonSizeChoice");
        robot.interact(() -> box.setValue(size));
    }

    /** Clicks the centre of output pixel (row, column) of the feature view's slice. */
    void clickFeaturePixel(int row, int column) {
        robot.clickOn(featurePixel(row, column));
    }

    void hoverFeaturePixel(int row, int column) {
        robot.moveTo(featurePixel(row, column));
    }

    String hoverText() {
        return this.<Label>node("#hoverLabel").getText();
    }

    /** Drags the feature view's slice slider to slice {@code t}. */
    void showSlice(int t) {
        Slider slider = node("#sliceSlider");
        robot.interact(() -> slider.setValue(t));
    }

    String sliceText() {
        return this.<Label>node("#sliceLabel").getText();
    }

    void clickPlaySlices() {
        robot.clickOn("#slicePlay");
    }

    void chooseSpeed(Speed speed) {
        ChoiceBox<Speed> box = node("#speedChoice");
        robot.interact(() -> box.setValue(speed));
    }

    /** The platform's shortcut modifier (Ctrl, or Cmd on a Mac) with {@code key}. */
    void pressShortcut(KeyCode key) {
        KeyCode modifier = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac")
                ? KeyCode.COMMAND : KeyCode.CONTROL;
        robot.press(modifier).type(key).release(modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clickKernelLab() {
        robot.clickOn("#kernelLabButton");
    }

    void clickLive() {
        robot.clickOn("#liveButton");
    }

    boolean liveOn() {
        return this.<javafx.scene.control.ToggleButton>node("#liveButton").isSelected();
    }

    boolean kernelLabShown() {
        return !robot.lookup("#kernelLab").queryAll().isEmpty();
    }

    void clickSampleClip() {
        robot.clickOn("#sampleButton");
    }

    void clickShowAll() {
        robot.clickOn("#showAll");
    }

    /** The output value the math panel shows, as written there. */
    String mathValue() {
        return this.<Label>node("#mathValue").getText();
    }

    String sumLine() {
        return this.<Label>node("#sumLine").getText();
    }

    boolean errorShown() {
        return node("#errorBanner").isVisible();
    }

    String errorText() {
        return this.<Label>node("#errorMessage").getText();
    }

    private Point2D featurePixel(int row, int column) {
        return new FeatureViewPage(robot).pixelOnScreen(row, column);
    }

    /** Shows frame {@code a} in the kernel lab's weight editor (the lab scrolls: fired, not clicked). */
    void chooseLabFrame(int a) {
        javafx.scene.control.ToggleButton b = node("#editFrame-" + a);
        robot.interact(b::fire);
    }

    /**
     * Every number the window shows for "which kernel" and "which kernel frame": in visible text ("kernel 2",
     * "kernel frame 3", "frame 3 of 0-4"), the top bar's kernel choice, the selected bank thumbnail ("2  Blur")
     * and the selected frame buttons of the arithmetic and the lab.
     */
    java.util.Map<String, java.util.Set<Integer>> kernelAndFrameNumbersShown() {
        java.util.Set<Integer> kernels = new java.util.TreeSet<>();
        java.util.Set<Integer> frames = new java.util.TreeSet<>();
        java.util.regex.Pattern kernel = java.util.regex.Pattern.compile("\\bkernel (\\d+)");
        java.util.regex.Pattern frame = java.util.regex.Pattern.compile("(?:kernel frame|, frame) (\\d+)");
        for (Node n : robot.lookup(".labeled").queryAll()) {
            javafx.scene.control.Labeled l = (javafx.scene.control.Labeled) n;
            if (!l.isVisible() || l.getText() == null || l.getScene() == null) {
                continue;
            }
            String text = l.getText().replace('\u00a0', ' ');
            java.util.regex.Matcher m = kernel.matcher(text);
            while (m.find()) {
                kernels.add(Integer.parseInt(m.group(1)));
            }
            m = frame.matcher(text);
            while (m.find()) {
                frames.add(Integer.parseInt(m.group(1)));
            }
        }
        kernels.add(this.<ChoiceBox<Integer>>node("#kernelChoice").getValue());
        for (Node n : robot.lookup(".bank-thumb.selected .label").queryAll()) {
            kernels.add(Integer.parseInt(((Label) n).getText().trim().split("\\s+")[0]));
        }
        for (String selector : java.util.List.of("#mathFrameSelector .toggle-button", "#editFrame .toggle-button")) {
            for (Node n : robot.lookup(selector).queryAll()) {
                javafx.scene.control.ToggleButton b = (javafx.scene.control.ToggleButton) n;
                if (b.isSelected()) {
                    frames.add(Integer.parseInt(b.getText().trim()));
                }
            }
        }
        return java.util.Map.of("kernel", kernels, "frame", frames);
    }

    /** What the window's own controls say: every choice box's shown text and the "Show all" tick. */
    java.util.Map<String, String> controlsShown() {
        java.util.Map<String, String> shown = new java.util.TreeMap<>();
        for (String id : java.util.List.of("normalizationChoice", "colormapChoice", "speedChoice", "stepSizeChoice",
                "lessonSizeChoice")) {
            ChoiceBox<Object> box = node("#" + id);
            shown.put(id, box.getConverter() == null ? String.valueOf(box.getValue())
                    : box.getConverter().toString(box.getValue()));
        }
        shown.put("showAll", String.valueOf(this.<javafx.scene.control.CheckBox>node("#showAll").isSelected()));
        return shown;
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String query) {
        return (T) robot.lookup(query).query();
    }
}
