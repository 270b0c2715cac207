package app.conv3d.ui.train;

import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Normalization;
import app.conv3d.core.ValueRange;
import app.conv3d.core.Volume;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The feature volume of one clip under the current kernels, after every epoch: the clip's frames along the top and
 * each kernel's ReLU output below at the same moments, a few slices of each, crisp. A kernel that has learned
 * "moving right" lights up on a clip moving right and stays dark on one moving left.
 */
final class TrainModeFeatures extends VBox {
    static final String ID = "trainFeatures";
    /** Slices shown per kernel: enough to see the motion, few enough to be large. */
    static final int COLUMNS = 5;
    private static final FeatureDisplay DISPLAY = new FeatureDisplay(Normalization.MAX, Colormap.GRAY);

    private final TrainRunModel model;
    private final GridPane grid = new GridPane();
    private final StackPane holder = new StackPane(grid);
    private final Label caption = TrainModePanel.caption();
    private final List<ImageView> views = new ArrayList<>();
    private final List<Label> rowNames = new ArrayList<>();

    TrainModeFeatures(TrainRunModel model) {
        this.model = model;
        Label title = TrainModePanel.dress(this, ID, "train.features.title");
        grid.setHgap(6);
        grid.setVgap(6);
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setMinSize(0, 0);
        VBox.setVgrow(holder, Priority.ALWAYS);
        holder.heightProperty().addListener((obs, old, now) -> refresh());
        holder.widthProperty().addListener((obs, old, now) -> refresh());
        getChildren().addAll(title, holder, caption);
        model.watchedProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        TrainRun run = model.watchedProperty().get();
        TrainRunData data = model.dataProperty().get();
        if (run == null || run.features() == null || run.featureClip() >= data.clips().size()) {
            grid.getChildren().clear();
            views.clear();
            rowNames.clear();
            caption.setText(Messages.text("train.features.none"));
            return;
        }
        FeatureVolume f = run.features();
        Volume clip = data.clips().get(run.featureClip()).clip();
        int k = f.kernels();
        int columns = Math.min(COLUMNS, f.frames());
        int rows = k + 1;
        double nameWidth = 40;
        double room = Math.min((holder.getWidth() - nameWidth - 6 * columns) / (columns * clip.width()),
                (holder.getHeight() - 6 * rows) / (rows * clip.height()));
        int scale = Math.max(1, (int) Math.floor(room));
        ensure(rows, columns);
        int kt = clip.frames() - f.frames() + 1;
        for (int c = 0; c < columns; c++) {
            int t = columns == 1 ? 0 : Math.round((float) c * (f.frames() - 1) / (columns - 1));
            // the input frame in the middle of what output slice t reads, as the side-by-side GIF pairs them
            put(0, c, TrainModePictures.frame(clip, t + kt / 2), clip.width(), clip.height(), scale);
            for (int n = 0; n < k; n++) {
                ValueRange range = DISPLAY.displayRange(f, n);
                put(n + 1, c, DISPLAY.argb(f, n, t, range), f.width(), f.height(), scale);
            }
        }
        String name = data.classes().get(data.clips().get(run.featureClip()).label());
        caption.setText(Messages.text("train.features.caption", run.featureClip() + 1, name));
    }

    private void ensure(int rows, int columns) {
        if (views.size() == rows * columns) {
            return;
        }
        grid.getChildren().clear();
        views.clear();
        rowNames.clear();
        for (int r = 0; r < rows; r++) {
            Label name = new Label(r == 0 ? Messages.text("train.features.clip") : String.valueOf(r - 1));
            name.getStyleClass().add("note");
            rowNames.add(name);
            grid.add(name, 0, r);
            for (int c = 0; c < columns; c++) {
                ImageView v = new ImageView();
                v.setSmooth(false);
                views.add(v);
                grid.add(v, c + 1, r);
            }
        }
    }

    private void put(int row, int column, int[] argb, int width, int height, int scale) {
        ImageView v = views.get(row * (views.size() / rowNames.size()) + column);
        v.setImage(TrainModePictures.enlarged(argb, width, height, scale, (WritableImage) v.getImage()));
    }
}
