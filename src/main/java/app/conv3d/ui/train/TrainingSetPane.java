package app.conv3d.ui.train;

import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The training set as the class builds it: a row per class ({@link ClassRow}), then Add class and Import folder,
 * the augmentation choices with how many clips they make, and the last import's outcome. Bound to a
 * {@link TrainingSetModel}; records through a {@link ClassRecorder} and chooses folders through the window's
 * {@link FileChoice}.
 */
public final class TrainingSetPane extends VBox {
    static final String STYLESHEET = "/app/conv3d/ui/train/training-set.css";
    static final String ADD_CLASS_ID = "addClass";
    static final String IMPORT_ID = "importFolder";
    static final String MIRROR_ID = "augmentMirror";
    static final String SHIFT_ID = "augmentShift";
    static final String BRIGHTNESS_ID = "augmentBrightness";
    static final String TOTAL_ID = "trainingTotal";
    static final String MESSAGE_ID = "trainingMessage";

    private final TrainingSetModel model;
    private final Supplier<FileChoice> files;
    private final ClassRecorder recorder;
    private final VBox rows = new VBox();
    private final List<ClassRow> classRows = new ArrayList<>();
    private final Label total = new Label();

    /**
     * @param files    the window's file choice, asked when Import is pressed ({@code MainWindow}'s, so tests answer)
     * @param recorder records a clip for a class ({@link ClassRecorder#dialog} in the window)
     */
    public TrainingSetPane(TrainingSetModel model, Supplier<FileChoice> files, ClassRecorder recorder) {
        this.model = model;
        this.files = files;
        this.recorder = recorder;
        getStyleClass().add("training-set");
        getStylesheets().add(Objects.requireNonNull(TrainingSetPane.class.getResource(STYLESHEET)).toExternalForm());

        Label title = new Label(Messages.text("trainingSet.title"));
        title.getStyleClass().add("training-title");
        Label size = new Label(Messages.text("trainingSet.size", model.clipSize().t(), model.clipSize().h(),
                model.clipSize().w()));
        size.getStyleClass().add("training-size");
        HBox header = new HBox(title, size);
        header.getStyleClass().add("training-header");
        header.setAlignment(Pos.BASELINE_LEFT);

        rows.getStyleClass().add("class-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.getStyleClass().add("class-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button add = new Button(Messages.text("trainingSet.addClass"));
        add.setId(ADD_CLASS_ID);
        add.disableProperty().bind(model.canAddClassProperty().not());
        add.setOnAction(e -> model.addClass());
        Button importFolder = new Button(Messages.text("trainingSet.import"));
        importFolder.setId(IMPORT_ID);
        importFolder.disableProperty().bind(model.busyProperty());
        importFolder.setOnAction(e -> files.get().choose(getScene().getWindow(),
                FileChoice.Purpose.OPEN_TRAINING_FOLDER).ifPresent(model::importFolder));
        Label augment = new Label(Messages.text("trainingSet.augment"));
        augment.getStyleClass().add("augment-label");
        CheckBox mirror = choice(MIRROR_ID, Messages.text("trainingSet.augment.mirror"),
                Messages.text("trainingSet.augment.mirror.tip"));
        mirror.selectedProperty().bindBidirectional(model.mirrorProperty());
        CheckBox shift = choice(SHIFT_ID, Messages.text("trainingSet.augment.shift"),
                Messages.text("trainingSet.augment.shift.tip"));
        shift.selectedProperty().bindBidirectional(model.shiftProperty());
        CheckBox brightness = choice(BRIGHTNESS_ID, Messages.text("trainingSet.augment.brightness"),
                Messages.text("trainingSet.augment.brightness.tip"));
        brightness.selectedProperty().bindBidirectional(model.brightnessProperty());
        total.setId(TOTAL_ID);
        total.getStyleClass().add("training-total");
        total.setWrapText(true);
        total.setMinHeight(Region.USE_PREF_SIZE);
        HBox classButtons = new HBox(add, importFolder);
        classButtons.getStyleClass().add("training-buttons");
        HBox choices = new HBox(augment, mirror, shift, brightness);
        choices.getStyleClass().add("augment-choices");
        choices.setAlignment(Pos.CENTER_LEFT);
        for (Region r : new Region[] {add, importFolder, augment, mirror, shift, brightness}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // beside each other on a wide screen, one under the other when the pane is narrow: no word is cut
        FlowPane actions = new FlowPane(classButtons, choices);
        actions.getStyleClass().add("training-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("training-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.messageIsErrorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), now));
        total.textProperty().bind(Bindings.createStringBinding(this::totalText, model.revisionProperty()));

        getChildren().addAll(header, scroll, actions, total, message);
        model.revisionProperty().addListener((o, was, now) -> sync());
        sync();
    }

    private static CheckBox choice(String id, String text, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setTooltip(new javafx.scene.control.Tooltip(tip));
        return box;
    }

    private String totalText() {
        int clips = model.clips().size();
        String count = Messages.text("trainingSet.total", model.augmentation().count(clips), clips);
        String problem = model.problemProperty().get();
        return problem.isEmpty() ? count : Messages.text("trainingSet.totalAndProblem", count, problem);
    }

    /** A row per class, each showing the model as it is now. */
    private void sync() {
        while (classRows.size() > model.classCount()) {
            classRows.remove(classRows.size() - 1);
        }
        while (classRows.size() < model.classCount()) {
            classRows.add(new ClassRow(model, this::record));
        }
        rows.getChildren().setAll(classRows);
        for (int i = 0; i < classRows.size(); i++) {
            classRows.get(i).show(i);
        }
    }

    private void record(int i) {
        recorder.record(getScene().getWindow(), model.name(i), model.act(i), model.clipSize())
                .ifPresent(clip -> model.addClip(i, clip));
    }

    static String rowId(int i) {
        return "trainingClass" + i;
    }

    static String nameId(int i) {
        return "className" + i;
    }

    static String countId(int i) {
        return "clipCount" + i;
    }

    static String recordId(int i) {
        return "recordClip" + i;
    }

    static String mirrorId(int i) {
        return "mirrorPair" + i;
    }

    static String removeClassId(int i) {
        return "removeClass" + i;
    }

    static String stripId(int i) {
        return "clipStrip" + i;
    }

    static String clipId(int i, int k) {
        return "clip-" + i + "-" + k;
    }

    static String removeClipId(int i, int k) {
        return "removeClip" + i + "-" + k;
    }
}
