package app.conv3d.ui;

import app.conv3d.core.Conv3d;
import app.conv3d.core.KernelBank;
import app.conv3d.ui.capture.CaptureDialog;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.live.LiveCamera;
import app.conv3d.ui.live.LiveMode;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The window's top line: the app's name, where the clip comes from (record one, or the sample), the lesson
 * size, which kernel, and how long the last change took. On a narrow window or at a large text size its labels
 * shorten and then its settings move to a second row (see {@link AdaptiveBar}), so no word is ever cut.
 */
final class LessonBar extends AdaptiveBar {
    static final int COMPUTING_NOTE_MILLIS = 250;
    /** How to get the fast engine, when this JVM runs without it: "(slow path)" in the status, the how in its tip. */
    private static final Optional<String> SLOW_PATH = Conv3d.fastPathHint();
    private static final String READY_KEY = SLOW_PATH.isPresent() ? "bar.ready.slow" : "bar.ready";

    private final Lesson lesson;
    private final ChoiceBox<Integer> kernel = new ChoiceBox<>();
    private final Label status = new Label();
    /**
     * "computing…" only shows once a recompute has taken this long: a kernel edit is done in a few milliseconds,
     * and drawing the word first would cost a whole frame before the one with the result.
     */
    private final PauseTransition computingNote = new PauseTransition(Duration.millis(COMPUTING_NOTE_MILLIS));
    private boolean computingLong;
    private final ToggleButton kernelLab = new ToggleButton(Messages.text("bar.lab"));
    private final ToggleButton arithmetic = new ToggleButton(Messages.text("bar.arithmetic"));
    private final ToggleButton live = new ToggleButton(Messages.text("bar.live"));
    private final ToggleButton train = new ToggleButton(Messages.text("bar.train"));
    private final LiveMode liveMode;
    /** What Record does: the bare dialog until the classroom gives its own (unsaved work, the remembered camera). */
    private Runnable recording;

    LessonBar(Lesson lesson) {
        this.lesson = lesson;
        setId("lessonBar");
        getStyleClass().add("lesson-bar");
        setSpacing(12);
        Label name = new Label(Messages.text("app.name"));
        name.getStyleClass().add("app-title");
        ChoiceBox<LessonSize> size = new ChoiceBox<>();
        size.setId("lessonSizeChoice");
        size.setFocusTraversable(false);
        size.getItems().setAll(LessonSize.values());
        size.setValue(lesson.lessonSizeProperty().get());
        size.setOnAction(e -> lesson.setLessonSize(size.getValue()));
        lesson.lessonSizeProperty().addListener((obs, old, now) -> size.setValue(now));
        kernel.setId("kernelChoice");
        kernel.setFocusTraversable(false);
        kernel.setOnAction(e -> {
            if (kernel.getValue() != null) {
                lesson.selectKernel(kernel.getValue());
            }
        });
        status.setId("recomputeLabel");
        status.getStyleClass().add("note");
        if (SLOW_PATH.isPresent()) {
            status.setTooltip(new Tooltip(Messages.text("bar.slowPath.tip")));
        }
        Button record = new Button(Messages.text("bar.record"));
        record.setId("recordButton");
        record.setFocusTraversable(false);
        recording = () -> CaptureDialog.show(getScene().getWindow()).ifPresent(lesson::useClip);
        record.setOnAction(e -> recording.run());
        Button sample = new Button(Messages.text("bar.sample"));
        sample.setId("sampleButton");
        sample.setFocusTraversable(false);
        sample.setOnAction(e -> lesson.useClip(DefaultLesson.clip()));
        liveMode = new LiveMode(lesson, LiveCamera.fromSetting());
        live.setId("liveButton");
        live.setFocusTraversable(false);
        live.setOnAction(e -> {
            if (live.isSelected()) {
                liveMode.start();
            } else {
                liveMode.stop();
            }
        });
        liveMode.activeProperty().addListener((obs, old, now) -> live.setSelected(now));
        Label liveNote = new Label();
        liveNote.setId("liveNote");
        liveNote.getStyleClass().add("note");
        liveNote.textProperty().bind(liveMode.noteProperty());
        // the camera is released when the window goes, live or not
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> liveMode.close());
                    }
                });
            }
        });
        kernelLab.setId("kernelLabButton");
        kernelLab.setFocusTraversable(false);
        train.setId("trainButton");
        train.setFocusTraversable(false);
        train.setTooltip(new Tooltip(Messages.text("shortcut.TRAIN")));
        arithmetic.setId("arithmeticButton");
        arithmetic.setFocusTraversable(false);
        Label sizeLabel = new Label(Messages.text("bar.size"));
        sizeLabel.setLabelFor(size);
        Label kernelLabel = new Label(Messages.text("bar.kernel"));
        kernelLabel.setLabelFor(kernel);
        leading().getChildren().addAll(name, record, sample, live, liveNote, train, arithmetic, kernelLab);
        trailing().getChildren().addAll(sizeLabel, size, kernelLabel, kernel, status);
        // shortened in this order when the window is narrow: the words the class needs least go first
        shortens(sizeLabel, Messages.text("bar.size.short"));
        shortens(name, Messages.text("app.name.short"));
        shortens(sample, Messages.text("bar.sample.short"));
        shortens(record, Messages.text("bar.record.short"));
        shortens(kernelLab, Messages.text("bar.lab.short"));
        shortens(arithmetic, Messages.text("bar.arithmetic.short"));
        shortens(live, Messages.text("bar.live.short"));
        keepWhole(live, train, kernelLabel, size, kernel, status);
        reserves(status, Messages.text(READY_KEY, 8888));
        // the camera's note may be long: it gives way first, and its tooltip keeps the whole sentence
        liveNote.setMinWidth(0);
        javafx.scene.control.Tooltip liveTip = new javafx.scene.control.Tooltip();
        liveTip.textProperty().bind(liveNote.textProperty());
        liveNote.setTooltip(liveTip);

        lesson.bankProperty().addListener((obs, old, now) -> refreshKernels(now));
        lesson.kernelIndexProperty().addListener((obs, old, now) -> kernel.setValue(now.intValue()));
        computingNote.setOnFinished(e -> {
            computingLong = true;
            refreshStatus();
        });
        lesson.computingProperty().addListener((obs, old, now) -> {
            computingLong = false;
            if (now) {
                computingNote.playFromStart();
            } else {
                computingNote.stop();
                refreshStatus();
            }
        });
        lesson.lastRecomputeMillisProperty().addListener((obs, old, now) -> refreshStatus());
        refreshKernels(lesson.bankProperty().get());
        refreshStatus();
    }

    /** The Live toggle's controller. */
    LiveMode liveMode() {
        return liveMode;
    }

    void setRecording(Runnable action) {
        recording = java.util.Objects.requireNonNull(action);
    }

    /** Whether the teacher has the kernel lab open. */
    javafx.beans.property.BooleanProperty kernelLabShownProperty() {
        return kernelLab.selectedProperty();
    }

    /** Whether the Train mode is in the stage's place. */
    javafx.beans.property.BooleanProperty trainShownProperty() {
        return train.selectedProperty();
    }

    /** Whether the teacher has the arithmetic unfolded beside the stage. */
    javafx.beans.property.BooleanProperty arithmeticShownProperty() {
        return arithmetic.selectedProperty();
    }

    private void refreshKernels(KernelBank bank) {
        int count = bank == null ? 1 : bank.count();
        if (kernel.getItems().size() != count) {
            kernel.getItems().clear();
            for (int n = 0; n < count; n++) {
                kernel.getItems().add(n);
            }
        }
        kernel.setValue(lesson.kernelIndexProperty().get());
        kernel.setDisable(count < 2);
    }

    private void refreshStatus() {
        long ms = lesson.lastRecomputeMillisProperty().get();
        if (lesson.computingProperty().get() && computingLong) {
            status.setText(Messages.text("bar.computing"));
        } else {
            status.setText(ms < 0 ? "" : Messages.text(READY_KEY, ms));
        }
    }
}
