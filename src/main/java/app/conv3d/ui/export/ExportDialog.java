package app.conv3d.ui.export;

import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The export window: what to export, frame delay and enlargement where they apply, the range of steps
 * for a walkthrough recording, then Export; a progress bar and Cancel while it runs. {@link #export}
 * is the dialog's action with the file already chosen, so it can be driven without a file dialog.
 */
public final class ExportDialog {
    private static final int DEFAULT_DELAY_MS = 150;
    /** A walkthrough of the first 40 steps is a few seconds of GIF, long enough to see the sweep. */
    private static final int DEFAULT_WALKTHROUGH_STEPS = 40;

    private final Lesson lesson;
    private final Executor background;
    private final FileChoice files;
    private final Supplier<List<Node>> views;
    private final Stage stage = new Stage();
    private final ChoiceBox<ExportKind> kind = new ChoiceBox<>();
    private final Label explanation = new Label();
    private final Spinner<Integer> delay = new Spinner<>(20, 5000, DEFAULT_DELAY_MS, 10);
    private final Spinner<Integer> scale = new Spinner<>(1, 16, 1);
    private final Spinner<Integer> from = new Spinner<>(1, Integer.MAX_VALUE, 1);
    private final Spinner<Integer> to = new Spinner<>(1, Integer.MAX_VALUE, DEFAULT_WALKTHROUGH_STEPS);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button exportButton = new Button(Messages.text("export.button"));
    private final Button cancelButton = new Button(Messages.text("export.cancel"));
    private ExportRun running;

    /**
     * @param views the window's volume and feature views, recorded by the walkthrough export
     */
    public ExportDialog(Window owner, Lesson lesson, Executor background, FileChoice files, Supplier<List<Node>> views) {
        this.lesson = Objects.requireNonNull(lesson);
        this.background = Objects.requireNonNull(background);
        this.files = Objects.requireNonNull(files);
        this.views = Objects.requireNonNull(views);
        stage.setTitle(Messages.text("export.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(content());
        if (owner != null && owner.getScene() != null) {
            // Same theme and text size as the window it exports from.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (running != null && running.runningProperty().get()) {
                    cancel();
                } else {
                    stage.hide();
                }
                e.consume();
            }
        });
        stage.setScene(scene);
        lesson.positionCountProperty().addListener((obs, old, now) -> fitSteps());
        select(ExportKind.FEATURE_GIF);
    }

    private Region content() {
        kind.setId("exportKind");
        kind.getItems().setAll(ExportKind.values());
        kind.setOnAction(e -> select(kind.getValue()));
        explain(kind, Messages.text("export.kind.help"), Messages.text("export.kind.tip"));
        explanation.setId("exportExplanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("note");
        explain(delay, Messages.text("export.delay.help"), Messages.text("export.delay.tip"));
        explain(scale, Messages.text("export.scale.help"), Messages.text("export.scale.tip"));
        explain(from, Messages.text("export.from.help"), Messages.text("export.from.tip"));
        explain(to, Messages.text("export.to.help"), Messages.text("export.to.tip"));
        for (Spinner<Integer> s : List.of(delay, scale, from, to)) {
            app.conv3d.ui.WholeNumberEntry.install(s);
            s.setPrefWidth(140);
        }
        delay.setId("exportDelay");
        scale.setId("exportScale");
        from.setId("exportFrom");
        to.setId("exportTo");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, label(Messages.text("export.kind"), kind), kind);
        form.add(explanation, 0, 1, 2, 1);
        form.addRow(2, label(Messages.text("export.delay"), delay), delay);
        form.addRow(3, label(Messages.text("export.scale"), scale), scale);
        form.addRow(4, label(Messages.text("export.from"), from), from);
        form.addRow(5, label(Messages.text("export.to"), to), to);

        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        explain(progress, Messages.text("export.progress.help"), Messages.text("export.progress.tip"));
        status.setId("exportStatus");
        status.setWrapText(true);
        status.setMaxWidth(560);

        exportButton.setId("exportButton");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> chooseAndExport());
        explain(exportButton, Messages.text("export.button.help"), Messages.text("export.button.tip"));
        cancelButton.setId("exportCancel");
        cancelButton.setDisable(true);
        cancelButton.setOnAction(e -> cancel());
        explain(cancelButton, Messages.text("export.cancel.help"), Messages.text("export.cancel.tip"));
        Button close = new Button(Messages.text("export.close"));
        close.setId("exportClose");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            cancel();
            stage.hide();
        });
        explain(close, Messages.text("export.close.help"), Messages.text("export.close.tip"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, cancelButton, gap, close, exportButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(14, form, progress, status, buttons);
        box.setId("exportDialog");
        box.setPadding(new Insets(18));
        box.setPrefWidth(600);
        box.getStyleClass().add("export-dialog");
        return box;
    }

    private static Label label(String text, Control target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        return l;
    }

    private static void explain(Control c, String accessible, String tooltip) {
        c.setAccessibleText(accessible);
        c.setTooltip(new Tooltip(tooltip));
    }

    /** Shows the dialog set to {@code k}. */
    public void show(ExportKind k) {
        select(k);
        if (!stage.isShowing()) {
            status.setText("");
            progress.setVisible(false);
        }
        stage.show();
        stage.toFront();
        kind.requestFocus();
    }

    /** Sets what to export; the fields that do not apply are disabled. */
    public void select(ExportKind k) {
        if (kind.getValue() != k) {
            kind.setValue(k);
        }
        explanation.setText(k.explanation());
        delay.setDisable(!k.animated());
        scale.setDisable(!k.scalable());
        if (k.scalable()) {
            scale.getValueFactory().setValue(k.defaultScale());
        }
        boolean walk = k == ExportKind.WALKTHROUGH_GIF;
        from.setDisable(!walk);
        to.setDisable(!walk);
        fitSteps();
    }

    /**
     * The step range inside the lesson's positions. The dialog is made before the first result, when there is
     * one position and the range shrinks to it: a range of one step (a one-frame GIF) then opens out again
     * to the default length.
     */
    private void fitSteps() {
        int count = Math.max(1, lesson.positionCountProperty().get());
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) from.getValueFactory()).setMax(count);
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) to.getValueFactory()).setMax(count);
        if (to.getValue() <= from.getValue()) {
            to.getValueFactory().setValue(Math.min(count, from.getValue() + DEFAULT_WALKTHROUGH_STEPS - 1));
        }
    }

    public ExportKind kind() {
        return kind.getValue();
    }

    /** The dialog's settings as they stand (steps counted from 0). */
    public ExportSettings settings() {
        commit(delay);
        commit(scale);
        commit(from);
        commit(to);
        int first = from.getValue() - 1;
        int last = Math.max(first, to.getValue() - 1);
        return new ExportSettings(delay.getValue(), kind().scalable() ? scale.getValue() : 1, first, last);
    }

    public void setDelay(int ms) {
        delay.getValueFactory().setValue(ms);
    }

    public void setScale(int s) {
        scale.getValueFactory().setValue(s);
    }

    /** The walkthrough range, 1-based and inclusive, as the dialog shows it. */
    public void setSteps(int first, int last) {
        from.getValueFactory().setValue(first);
        to.getValueFactory().setValue(last);
    }

    private void chooseAndExport() {
        files.choose(stage, kind().purpose()).ifPresent(this::export);
    }

    /**
     * Exports the current kind with the current settings to {@code target}, off the FX thread (a
     * walkthrough photographs the window on it, step by step). Empty if another export is running or
     * there is nothing computed yet (the dialog says so).
     */
    public Optional<ExportRun> export(Path target) {
        if (running != null && running.runningProperty().get()) {
            status.setText(Messages.text("export.busy"));
            return Optional.empty();
        }
        Computed c = lesson.computedProperty().get();
        if (c == null) {
            status.setText(Messages.text("export.nothingYet"));
            return Optional.empty();
        }
        ExportSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return Optional.empty();
        }
        ExportKind k = kind();
        ExportRun run;
        if (k == ExportKind.WALKTHROUGH_GIF) {
            run = WalkthroughRecording.start(target, lesson, views, s);
        } else {
            DataExport data = new DataExport(k, c, lesson.displayProperty().get(), lesson.kernelIndexProperty().get(),
                    lesson.viewSliceProperty().get(), s);
            run = ExportRun.start(target, background, Platform::runLater, data::write);
        }
        running = run;
        status.setText(Messages.text("export.running", k, target));
        progress.setVisible(true);
        progress.progressProperty().bind(run.progressProperty());
        exportButton.disableProperty().bind(run.runningProperty());
        cancelButton.disableProperty().bind(run.runningProperty().not());
        // Async on the FX thread: whoever waits on the future may otherwise run this on its own thread.
        run.outcome().thenAcceptAsync(outcome -> {
            progress.progressProperty().unbind();
            progress.setProgress(outcome.status() == ExportOutcome.Status.WRITTEN ? 1 : 0);
            status.setText(outcome.message());
        }, Platform::runLater);
        return Optional.of(run);
    }

    /** Cancels the running export, if any. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public Stage stage() {
        return stage;
    }

    public String statusText() {
        return status.getText();
    }

    private static void commit(Spinner<Integer> s) {
        if (!s.isEditable()) {
            return;
        }
        try {
            Integer v = s.getValueFactory().getConverter().fromString(s.getEditor().getText());
            if (v != null) {
                s.getValueFactory().setValue(v);
            }
        } catch (RuntimeException notANumber) {
            s.getEditor().setText(String.valueOf(s.getValue()));
        }
    }
}
