package app.conv3d.ui.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelBank;
import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.io.BankFiles;
import app.conv3d.train.Augmentation;
import java.util.List;
import app.conv3d.ui.train.live.LiveClassifyModel;
import app.conv3d.ui.train.live.LiveClassifyPane;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import app.conv3d.ui.kernel.LabFiles;
import app.conv3d.ui.lesson.Lesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Train mode, in the stage's place: on the left the data (the practice gestures until the class's own clips take
 * their place, {@link #setDataPane}), the network's settings and the buttons (Train, Compare with 2D, Cancel, Send to
 * kernel lab, Save kernels…); on the right what the class watches: the learning curves, the kernels, the features of
 * one clip and, at the end, the confusion matrix.
 */
public final class TrainModeView extends HBox {
    public static final String ID = "trainMode";
    public static final String TRAIN_ID = "trainStart";
    public static final String COMPARE_ID = "trainCompare2d";
    public static final String CANCEL_ID = "trainCancel";
    public static final String PROGRESS_ID = "trainProgress";
    public static final String STATUS_ID = "trainStatus";
    public static final String SEND_ID = "trainSendToLab";
    public static final String SAVE_ID = "trainSaveKernels";
    public static final String KEEP_NOTE_ID = "trainKeepNote";
    public static final String DATA_SLOT_ID = "trainDataSlot";
    /** The left column's width: the data pane that replaces the practice set gets the same. */
    public static final double COLUMN_WIDTH = 320;
    /** With the class's own clips the column is wider: a row per class with its name, count, Record and strip. */
    public static final double SET_COLUMN_WIDTH = 460;
    public static final String LIVE_ID = "trainClassifyLive";

    private final TrainRunModel model;
    private final Lesson lesson;
    private final Supplier<FileChoice> files;
    private final StackPane dataSlot = new StackPane();
    private final TrainModeFeatures features;
    private final Label keepNote = new Label();
    private final TrainModePractice practice;
    /** The features of one clip, or in their place the live classification (see setLivePane). */
    private final StackPane featuresCell;
    private Runnable showLab = () -> { };
    private final VBox column;
    private VBox actionsBox;
    /** The class's own clips, once the window offers them ({@link #useTrainingSet}); null before. */
    private TrainingSetModel set;
    /** The data last handed from the set to the run, so a restored lesson's data is told from the set's own. */
    private TrainRunData fromSet;

    public TrainModeView(TrainRunModel model, Lesson lesson, Supplier<FileChoice> files) {
        this.model = Objects.requireNonNull(model);
        this.lesson = Objects.requireNonNull(lesson);
        this.files = Objects.requireNonNull(files);
        setId(ID);
        getStyleClass().add("train-mode");
        setSpacing(12);
        setPadding(new Insets(10, 12, 10, 12));

        practice = new TrainModePractice(model, this::lessonSize);
        features = new TrainModeFeatures(model);
        featuresCell = new StackPane(features);
        featuresCell.setMinSize(0, 0);
        dataSlot.setId(DATA_SLOT_ID);
        dataSlot.getChildren().setAll(practice);
        // the data and the settings scroll; the buttons stay in view below them at any window height
        VBox setup = new VBox(10, dataSlot, new TrainModeOptions(model));
        setup.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(setup);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("math-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        column = new VBox(10, scroll, actions());
        column.setMinWidth(COLUMN_WIDTH);
        column.setPrefWidth(COLUMN_WIDTH);
        column.setMaxWidth(COLUMN_WIDTH);

        GridPane watch = new GridPane();
        watch.setHgap(12);
        watch.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        watch.getColumnConstraints().addAll(half, half);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(50);
        watch.getRowConstraints().addAll(row, row);
        watch.add(new LearningCurvesView(model), 0, 0);
        watch.add(new KernelMapsView(model), 1, 0);
        watch.add(featuresCell, 0, 1);
        watch.add(new ConfusionMatrixView(model), 1, 1);
        watch.setMinSize(0, 0);
        HBox.setHgrow(watch, Priority.ALWAYS);
        getChildren().addAll(column, watch);
        setMinSize(0, 0);
    }

    /**
     * The class's own clips (recorded, imported, augmented) above the practice gestures: what trains is the set's
     * clips (copies added to the training clips only, after the held-out split), and "Make practice clips" fills the
     * set. A lesson opened with training entries shows its clips in the set.
     */
    public void useTrainingSet(ClassRecorder recorder) {
        // at the lesson's frames, as the practice gestures are (the lesson's size when the Train mode first opens)
        set = new TrainingSetModel(TrainRunPractice.clipSize(lessonSize()), lesson.background(), Platform::runLater);
        TrainingSetPane pane = new TrainingSetPane(set, files, recorder);
        pane.disableProperty().bind(model.trainingProperty());
        practice.onMake(data -> set.restore(data.classes(), data.clips()));
        set.revisionProperty().addListener((obs, old, now) -> pushSet());
        set.readyProperty().addListener((obs, old, now) -> pushSet());
        model.dataProperty().addListener((obs, old, now) -> {
            if (now != fromSet && !now.isEmpty() && !model.trainingProperty().get()) {
                showInSet(now);
            }
        });
        VBox data = new VBox(10, pane, practice);
        data.setFillWidth(true);
        dataSlot.getChildren().setAll(data);
        column.setMinWidth(SET_COLUMN_WIDTH);
        column.setPrefWidth(SET_COLUMN_WIDTH);
        column.setMaxWidth(SET_COLUMN_WIDTH);
        if (!model.dataProperty().get().isEmpty()) {
            showInSet(model.dataProperty().get());
        }
    }

    /** The set's clips (with the augmentation chosen) become what trains, or nothing while the set is not ready. */
    private void pushSet() {
        if (!set.readyProperty().get()) {
            fromSet = TrainRunData.NONE;
        } else {
            // copies are made of the clips trained on, after the split, as they are now chosen
            Augmentation chosen = set.augmentation();
            int[] mirrors = set.mirrorLabels();
            fromSet = new TrainRunData(set.classes(), set.clips(),
                    clips -> List.copyOf(chosen.apply(clips, mirrors, TrainingSetModel.AUGMENTATION_SEED)));
        }
        model.setData(fromSet);
    }

    private void showInSet(TrainRunData data) {
        try {
            set.restore(data.classes(), data.clips());
        } catch (IllegalArgumentException e) {
            // a set of more classes than the pane holds (a model trained from the command line) trains as it is
            model.setData(data);
        }
    }

    /**
     * Live classification with the trained network: a "Classify live" toggle under the results shows {@code live}'s
     * pane where one clip's features are, with the newest trained model; training again takes it away.
     */
    public void useLiveClassify(LiveClassifyModel live) {
        LiveClassifyPane pane = new LiveClassifyPane(live);
        ToggleButton toggle = new ToggleButton(Messages.text("train.live.show"));
        toggle.setId(LIVE_ID);
        toggle.setFocusTraversable(false);
        toggle.setTooltip(new Tooltip(Messages.text("train.live.show.tip")));
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.disableProperty().bind(model.runProperty().isNull().or(model.trainingProperty()));
        toggle.selectedProperty().addListener((obs, was, on) -> {
            TrainRun run = model.runProperty().get();
            if (on && run != null) {
                live.setClassifier(run.model());
                setLivePane(pane);
                live.start();
            } else {
                live.stop();
                setLivePane(null);
            }
        });
        model.trainingProperty().addListener((obs, was, training) -> {
            if (training) {
                toggle.setSelected(false);
            }
        });
        actionsBox.getChildren().add(actionsBox.getChildren().indexOf(keepNote), toggle);
    }

    /** The model behind the view. */
    public TrainRunModel model() {
        return model;
    }

    /**
     * Puts {@code pane} (the class's own training set) where the practice gestures are; null puts the practice set
     * back. The practice set stays reachable from the pane if it offers it.
     */
    public void setDataPane(Node pane) {
        dataSlot.getChildren().setAll(pane == null ? practice : pane);
    }

    /**
     * Puts {@code pane} (the live classification with the trained model) where one clip's features are shown, the
     * lower left of the watching grid; null puts the features back.
     */
    public void setLivePane(Node pane) {
        featuresCell.getChildren().setAll(pane == null ? features : pane);
    }

    /** What "Send to kernel lab" does after the bank is the lesson's: the window opens the lab. */
    public void setShowLab(Runnable action) {
        showLab = Objects.requireNonNull(action);
    }

    /** Opens with the practice set when there is nothing to train on yet. */
    public void offerPracticeSet() {
        if (model.dataProperty().get().isEmpty() && !model.trainingProperty().get()) {
            practice.use(TrainModePractice.initial(lessonSize()));
        }
    }

    private Axis3 lessonSize() {
        return lesson.lessonSizeProperty().get().size();
    }

    /** Train, Cancel, Compare with 2D, the progress, and what to do with the result. */
    private VBox actions() {
        Button train = button(TRAIN_ID, "train.run.start", model::train);
        train.getStyleClass().add("train-primary");
        train.disableProperty().bind(model.trainingProperty());
        Button compare = button(COMPARE_ID, "train.run.compare", model::compareWith2d);
        compare.disableProperty().bind(model.trainingProperty());
        Button cancel = button(CANCEL_ID, "train.run.cancel", model::cancel);
        cancel.disableProperty().bind(model.trainingProperty().not());
        ProgressBar progress = new ProgressBar(0);
        progress.setId(PROGRESS_ID);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.messageProperty());
        Button send = button(SEND_ID, "train.keep.send", this::sendToLab);
        Button save = button(SAVE_ID, "train.keep.save", this::saveKernels);
        send.disableProperty().bind(model.runProperty().isNull().or(model.trainingProperty()));
        save.disableProperty().bind(send.disableProperty());
        keepNote.setId(KEEP_NOTE_ID);
        keepNote.getStyleClass().add("note");
        keepNote.setWrapText(true);
        keepNote.setMinHeight(Region.USE_PREF_SIZE);
        keepNote.managedProperty().bind(keepNote.textProperty().isNotEmpty());
        VBox box = new VBox(8, new HBox(8, train, cancel), compare, progress, status, send, save, keepNote);
        box.getStyleClass().add("panel");
        box.setMinHeight(Region.USE_PREF_SIZE);
        actionsBox = box;
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.text(key));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(Messages.text(key + ".tip")));
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    /** The learned kernels, for clips in 0..255, become the lesson's; the network's ReLU comes with them. */
    private void sendToLab() {
        TrainRun run = model.runProperty().get();
        if (run == null) {
            return;
        }
        lesson.setSpec(lesson.specProperty().get().withRelu(true));
        lesson.setKernelBank(run.rawBank());
        keepNote.setText(Messages.text("train.keep.sent", run.rawBank().count()));
        showLab.run();
    }

    private void saveKernels() {
        TrainRun run = model.runProperty().get();
        if (run == null || getScene() == null) {
            return;
        }
        KernelBank bank = run.rawBank();
        files.get().choose(getScene().getWindow(), FileChoice.Purpose.SAVE_BANK).map(LabFiles::withExtension)
                .ifPresent(file -> write(file, bank));
    }

    private void write(Path file, KernelBank bank) {
        try {
            BankFiles.write(file, bank);
            keepNote.setText(Messages.text(BankFiles.isNpy(file) ? "lab.files.savedWeightsOnly" : "lab.files.saved",
                    Messages.text("lab.files.bankOf", Messages.text(bank.count() == 1 ? "lab.count.one" : "lab.count.many",
                            bank.count())),
                    file.getFileName()));
        } catch (IOException | RuntimeException e) {
            keepNote.setText(LabFiles.readable(file, e));
        }
    }
}
