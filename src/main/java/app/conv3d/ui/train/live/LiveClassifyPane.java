package app.conv3d.ui.train.live;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Volume;
import app.conv3d.train.ClipClassifier;
import app.conv3d.ui.FxImages;
import app.conv3d.ui.features.PixelCanvas;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Live classification as the class sees it: one large bar per class with its name and percentage (the winner
 * highlighted), beside what the network sees (the camera's newest frame at the model's clip size) and the learned
 * kernels' newest feature slice, one small crisp picture per kernel. Bound to a {@link LiveClassifyModel}: it pulses
 * the model at every animation frame while the camera runs, and tells it whether the pane is on screen and the
 * window not minimised. Only what changed is redrawn: a bar moves when its length changes by a pixel, a percentage
 * when its number does, the winner's highlight when the winner does.
 *
 * <p>For the Train mode: {@code new LiveClassifyPane(new LiveClassifyModel(classifier, LiveCamera.fromSetting()))};
 * give the model each newly trained network with {@code setClassifier}, and {@code close()} it when the window
 * closes. The pane counts as hidden while it is out of a showing window, or it or a node above it is not visible.
 */
public final class LiveClassifyPane extends BorderPane {
    public static final String ID = "liveClassifyPane";
    public static final String START_ID = "classifyStart";
    public static final String FREEZE_ID = "classifyFreeze";
    public static final String RATES_ID = "classifyRates";
    public static final String MESSAGE_ID = "classifyMessage";
    public static final String PICTURE_ID = "classifyPicture";
    public static final String BARS_ID = "classifyBars";
    /** Per class i: {@code classRow + i}, with {@code className + i}, {@code classBar + i}, {@code classPercent + i}. */
    public static final String ROW_PREFIX = "classRow";
    public static final String NAME_PREFIX = "className";
    public static final String BAR_PREFIX = "classBar";
    public static final String PERCENT_PREFIX = "classPercent";
    /** Per kernel n: {@code classifyKernel + n}. */
    public static final String KERNEL_PREFIX = "classifyKernel";
    /** The winning class's row. */
    public static final PseudoClass WINNER = PseudoClass.getPseudoClass("winner");
    static final String STYLESHEET = "/app/conv3d/ui/train/live-classify.css";

    private final LiveClassifyModel model;
    private final VBox bars = new VBox();
    private final GridPane kernels = new GridPane();
    private final PixelCanvas picture = new PixelCanvas(PICTURE_ID);
    private final Label message = new Label();
    private final List<Row> rows = new ArrayList<>();
    private final List<PixelCanvas> kernelViews = new ArrayList<>();
    private final List<WritableImage> kernelImages = new ArrayList<>();
    private WritableImage pictureImage;
    /** The pane and the nodes above it, whose visibility and parent are listened to. */
    private final List<Node> ancestors = new ArrayList<>();
    private final InvalidationListener recheck = o -> rewatch();
    /** Scenes and windows listened to already (a pane taken out and put back must not listen twice). */
    private final Set<Object> followed = Collections.newSetFromMap(new WeakHashMap<>());
    private int winner = -1;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.pulse(now);
        }
    };

    public LiveClassifyPane(LiveClassifyModel model) {
        this.model = Objects.requireNonNull(model);
        setId(ID);
        getStyleClass().add("live-classify");
        getStylesheets().add(Objects.requireNonNull(LiveClassifyPane.class.getResource(STYLESHEET)).toExternalForm());

        Label title = new Label(Messages.text("classify.title"));
        title.getStyleClass().add("classify-title");
        Label rates = new Label();
        rates.setId(RATES_ID);
        rates.getStyleClass().add("classify-rates");
        rates.textProperty().bind(model.ratesProperty());
        rates.visibleProperty().bind(model.activeProperty());
        Button start = new Button();
        start.setId(START_ID);
        start.setFocusTraversable(false);
        start.setOnAction(e -> {
            if (model.activeProperty().get()) {
                model.stop();
            } else {
                model.start();
            }
        });
        Button freeze = new Button();
        freeze.setId(FREEZE_ID);
        freeze.setFocusTraversable(false);
        freeze.setOnAction(e -> model.toggleFreeze());
        Runnable buttons = () -> {
            start.setText(Messages.text(model.activeProperty().get() ? "classify.stop" : "classify.start"));
            start.setDisable(model.classifierProperty().get() == null);
            freeze.setText(Messages.text(model.frozenProperty().get() ? "classify.resume" : "classify.freeze"));
            freeze.setDisable(!model.activeProperty().get());
        };
        model.activeProperty().addListener((obs, old, now) -> buttons.run());
        model.frozenProperty().addListener((obs, old, now) -> buttons.run());
        model.classifierProperty().addListener((obs, old, now) -> buttons.run());
        buttons.run();
        for (Region r : new Region[] {title, start, freeze}) {
            r.setMinWidth(USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, rates, gap, start, freeze);
        header.getStyleClass().add("classify-header");
        header.setAlignment(Pos.CENTER_LEFT);
        setTop(header);

        bars.setId(BARS_ID);
        bars.getStyleClass().add("classify-bars");
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("classify-message");
        message.setWrapText(true);
        VBox left = new VBox(message, bars);
        left.getStyleClass().add("classify-left");
        left.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(left, Priority.ALWAYS);

        Label seesLabel = new Label(Messages.text("classify.sees"));
        seesLabel.getStyleClass().add("classify-caption");
        Label kernelsLabel = new Label(Messages.text("classify.kernels"));
        kernelsLabel.getStyleClass().add("classify-caption");
        kernelsLabel.setWrapText(true);
        kernels.getStyleClass().add("classify-kernels");
        VBox right = new VBox(seesLabel, picture, kernelsLabel, kernels);
        right.getStyleClass().add("classify-right");
        picture.getStyleClass().add("classify-picture");
        HBox body = new HBox(left, right);
        body.getStyleClass().add("classify-body");
        setCenter(body);

        model.classifierProperty().addListener((obs, old, now) -> build(now));
        build(model.classifierProperty().get());
        model.classificationProperty().addListener((obs, old, now) -> show(now));
        ChangeListener<Object> words = (obs, old, now) -> showMessage();
        model.errorProperty().addListener(words);
        model.noteProperty().addListener(words);
        model.feedingProperty().addListener((obs, old, now) -> {
            if (now) {
                pulses.start();
            } else {
                pulses.stop();
            }
        });
        rewatch();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                follow(scene);
            }
            showing();
        });
    }

    /** The model this pane shows. */
    public LiveClassifyModel model() {
        return model;
    }

    /** One row and kernel picture per class and kernel of {@code classifier}. */
    private void build(ClipClassifier classifier) {
        rows.clear();
        bars.getChildren().clear();
        kernels.getChildren().clear();
        kernelViews.clear();
        kernelImages.clear();
        pictureImage = null;
        picture.setImage(null);
        winner = -1;
        if (classifier != null) {
            List<String> names = classifier.classes();
            for (int i = 0; i < names.size(); i++) {
                Row row = new Row(i, names.get(i));
                rows.add(row);
                bars.getChildren().add(row.box);
            }
            int count = classifier.bank().count();
            int columns = count <= 4 ? 2 : (int) Math.ceil(Math.sqrt(count));
            for (int n = 0; n < count; n++) {
                PixelCanvas view = new PixelCanvas(KERNEL_PREFIX + n);
                view.getStyleClass().add("classify-kernel");
                Label caption = new Label(Messages.text("classify.kernel", n + 1));
                caption.getStyleClass().add("classify-kernel-caption");
                VBox cell = new VBox(view, caption);
                cell.setAlignment(Pos.TOP_CENTER);
                kernels.add(cell, n % columns, n / columns);
                kernelViews.add(view);
                kernelImages.add(null);
            }
        }
        showMessage();
    }

    private void show(LiveClassification c) {
        if (c == null) {
            for (Row row : rows) {
                row.set(0);
            }
            highlight(-1);
            return;
        }
        double[] p = c.probabilities();
        for (int i = 0; i < rows.size() && i < p.length; i++) {
            rows.get(i).set(p[i]);
        }
        highlight(c.predicted());
        FeatureVolume f = c.features();
        for (int n = 0; n < kernelViews.size() && n < f.kernels(); n++) {
            WritableImage image = kernelImages.get(n);
            if (image == null || image.getWidth() != f.width() || image.getHeight() != f.height()) {
                image = new WritableImage(f.width(), f.height());
                kernelImages.set(n, image);
            }
            FxImages.writeFeatureSlice(f, n, 0, FeatureDisplay.DEFAULT, FeatureDisplay.DEFAULT.displayRange(f, n),
                    image);
            kernelViews.get(n).setImage(image);
        }
        Volume v = c.picture();
        if (pictureImage == null || pictureImage.getWidth() != v.width() || pictureImage.getHeight() != v.height()) {
            pictureImage = new WritableImage(v.width(), v.height());
        }
        FxImages.writeFrame(v, 0, pictureImage);
        picture.setImage(pictureImage);
        if (message.isVisible() && model.errorProperty().get() == null && model.noteProperty().get() == null) {
            showMessage();
        }
    }

    private void highlight(int index) {
        if (index == winner) {
            return;
        }
        if (winner >= 0 && winner < rows.size()) {
            rows.get(winner).box.pseudoClassStateChanged(WINNER, false);
        }
        winner = index;
        if (index >= 0 && index < rows.size()) {
            rows.get(index).box.pseudoClassStateChanged(WINNER, true);
        }
    }

    /** The error, else the camera note, else what to do next; nothing once classifications come in. */
    private void showMessage() {
        String text = model.errorProperty().get();
        if (text == null) {
            text = model.noteProperty().get();
        }
        if (text == null && model.classifierProperty().get() == null) {
            text = Messages.text("classify.noModel");
        }
        if (text == null && model.classificationProperty().get() == null) {
            text = Messages.text("classify.hint");
        }
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    /** Minimising the window rests the camera, as in live mode; so does leaving the window. Once per scene. */
    private void follow(Scene scene) {
        if (!followed.add(scene)) {
            return;
        }
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                watch(window);
            }
            showing();
        });
        if (scene.getWindow() != null) {
            watch(scene.getWindow());
        }
    }

    private void watch(Window window) {
        if (!followed.add(window)) {
            return;
        }
        window.showingProperty().addListener((obs, old, now) -> showing());
        if (window instanceof Stage stage) {
            stage.iconifiedProperty().addListener((obs, old, iconified) -> model.setWatched(!iconified));
            model.setWatched(!stage.isIconified());
        }
    }

    /**
     * Listens to the visibility and the parent of the pane and of every node above it (the Train mode may hide a
     * container the pane is in, or take it out), then says whether the pane is shown.
     */
    private void rewatch() {
        for (Node n : ancestors) {
            n.visibleProperty().removeListener(recheck);
            n.parentProperty().removeListener(recheck);
        }
        ancestors.clear();
        for (Node n = this; n != null; n = n.getParent()) {
            n.visibleProperty().addListener(recheck);
            n.parentProperty().addListener(recheck);
            ancestors.add(n);
        }
        showing();
    }

    private void showing() {
        Scene scene = getScene();
        boolean shown = scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
        for (Node n : ancestors) {
            shown &= n.isVisible();
        }
        model.setShown(shown);
    }

    /** A class's row: name, bar, percentage. */
    private static final class Row {
        final VBox box;
        final Label percent = new Label();
        final ProbabilityBar bar = new ProbabilityBar();
        private long shownPercent = -1;

        Row(int index, String name) {
            Label label = new Label(name);
            label.setId(NAME_PREFIX + index);
            label.getStyleClass().add("class-name");
            label.setMinWidth(USE_PREF_SIZE);
            bar.setId(BAR_PREFIX + index);
            HBox.setHgrow(bar, Priority.ALWAYS);
            percent.setId(PERCENT_PREFIX + index);
            percent.getStyleClass().add("class-percent");
            percent.setMinWidth(USE_PREF_SIZE);
            percent.setAlignment(Pos.CENTER_RIGHT);
            HBox line = new HBox(bar, percent);
            line.getStyleClass().add("class-line");
            line.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(label, line);
            box.setId(ROW_PREFIX + index);
            box.getStyleClass().add("class-row");
            set(0);
        }

        void set(double p) {
            bar.setFraction(p);
            long whole = Math.round(p * 100);
            if (whole != shownPercent) {
                shownPercent = whole;
                percent.setText(Messages.text("classify.percent", whole));
            }
        }
    }
}
