package app.conv3d.ui.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.train.TrainingOptions;
import app.conv3d.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The network's settings: how many kernels, their size (frames x rows x columns), epochs and the seed. */
final class TrainModeOptions extends VBox {
    static final String KERNELS_ID = "trainKernels";
    static final String DEPTH_ID = "trainKernelT";
    static final String EPOCHS_ID = "trainEpochs";
    static final String SEED_ID = "trainSeed";
    static final int MAX_SIDE = 7;
    static final int MAX_EPOCHS = 200;

    private final TrainRunModel model;
    private final Spinner<Integer> kernels = spinner(KERNELS_ID, 1, 8);
    private final Spinner<Integer> kt = narrow(spinner(DEPTH_ID, 1, MAX_SIDE));
    private final Spinner<Integer> kh = narrow(spinner("trainKernelH", 1, MAX_SIDE));
    private final Spinner<Integer> kw = narrow(spinner("trainKernelW", 1, MAX_SIDE));
    private final Spinner<Integer> epochs = spinner(EPOCHS_ID, 1, MAX_EPOCHS);
    private final Spinner<Integer> seed = spinner(SEED_ID, 0, 9999);
    private boolean showing;

    TrainModeOptions(TrainRunModel model) {
        this.model = model;
        getStyleClass().add("panel");
        setId("trainOptions");
        Label title = new Label(Messages.text("train.options.title"));
        title.getStyleClass().add("panel-title");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("train.options.kernels", kernels), kernels);
        Label times = new Label(Messages.text("train.options.by"));
        Label times2 = new Label(Messages.text("train.options.by"));
        HBox size = new HBox(4, kt, times, kh, times2, kw);
        size.setAlignment(Pos.CENTER_LEFT);
        Label sizeLabel = label("train.options.size", kt);
        sizeLabel.setWrapText(true);
        grid.add(sizeLabel, 0, 1, 2, 1);
        grid.add(size, 0, 2, 2, 1);
        grid.addRow(3, label("train.options.epochs", epochs), epochs);
        grid.addRow(4, label("train.options.seed", seed), seed);
        getChildren().addAll(title, grid);
        show(model.optionsProperty().get());
        model.optionsProperty().addListener((obs, old, now) -> show(now));
        kernels.valueProperty().addListener((obs, old, now) -> apply());
        kt.valueProperty().addListener((obs, old, now) -> apply());
        kh.valueProperty().addListener((obs, old, now) -> apply());
        kw.valueProperty().addListener((obs, old, now) -> apply());
        epochs.valueProperty().addListener((obs, old, now) -> apply());
        seed.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                model.setSeed(now);
            }
        });
        disableProperty().bind(model.trainingProperty());
    }

    private void show(TrainingOptions o) {
        showing = true;
        kernels.getValueFactory().setValue(o.kernels());
        kt.getValueFactory().setValue(o.kernelSize().t());
        kh.getValueFactory().setValue(o.kernelSize().h());
        kw.getValueFactory().setValue(o.kernelSize().w());
        epochs.getValueFactory().setValue(Math.min(MAX_EPOCHS, o.epochs()));
        seed.getValueFactory().setValue((int) Math.min(9999, o.seed()));
        showing = false;
    }

    private void apply() {
        if (showing) {
            return;
        }
        TrainingOptions o = model.optionsProperty().get();
        try {
            model.setOptions(new TrainingOptions(kernels.getValue(), new Axis3(kt.getValue(), kh.getValue(),
                    kw.getValue()), epochs.getValue(), o.batchSize(), o.learningRate(), o.seed()));
        } catch (InvalidSpecException e) {
            show(o); // the spinners' ranges keep within the options' limits; this is a belt to those braces
        }
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, min);
        s.setId(id);
        s.setPrefWidth(82);
        s.setFocusTraversable(false);
        return s;
    }

    private static Spinner<Integer> narrow(Spinner<Integer> s) {
        s.setPrefWidth(74);
        return s;
    }

    private static Label label(String key, Spinner<Integer> owner) {
        Label l = new Label(Messages.text(key));
        l.setLabelFor(owner);
        return l;
    }
}
