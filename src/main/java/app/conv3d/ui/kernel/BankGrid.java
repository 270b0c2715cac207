package app.conv3d.ui.kernel;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.ValueRange;
import app.conv3d.ui.FxImages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The bank: one small picture per kernel, its feature volume at the slice the feature view shows (one output
 * channel each); click one to walk through it. Add and remove kernels underneath.
 */
final class BankGrid extends VBox {
    static final double THUMB = 100;

    private final KernelLabModel lab;
    private final Lesson lesson;
    private final TilePane tiles = new TilePane();
    private final Button add = new Button("Add kernel");
    private final Button remove = new Button("Remove");
    private final Label count = new Label();

    BankGrid(KernelLabModel lab, Lesson lesson) {
        this.lab = lab;
        this.lesson = lesson;
        setId("bankGrid");
        setSpacing(8);
        tiles.getStyleClass().add("bank-tiles");
        tiles.setPrefColumns(4);
        tiles.setTileAlignment(Pos.TOP_LEFT);

        add.setId("addKernel");
        add.setFocusTraversable(false);
        add.setTooltip(new Tooltip("Adds the chosen preset as one more kernel: one more output channel"));
        add.setOnAction(e -> lab.addKernel());
        remove.setId("removeKernel");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip("Removes the selected kernel"));
        remove.setOnAction(e -> lab.removeKernel());
        count.setId("bankCount");
        count.getStyleClass().add("note");
        HBox buttons = new HBox(8, add, remove, count);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label how = new Label("Each kernel makes its own feature volume (one output channel). Click one to walk"
                + " through it.");
        how.getStyleClass().add("note");
        how.setWrapText(true);
        getChildren().addAll(how, tiles, buttons);

        lesson.computedProperty().addListener((obs, old, now) -> refresh());
        lesson.viewSliceProperty().addListener((obs, old, now) -> refresh());
        lesson.displayProperty().addListener((obs, old, now) -> refresh());
        lesson.displayRangeProperty().addListener((obs, old, now) -> refresh());
        lesson.kernelIndexProperty().addListener((obs, old, now) -> refresh());
        lab.slotsProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        LabBank slots = lab.slotsProperty().get();
        add.setDisable(slots == null || !slots.canAdd());
        remove.setDisable(slots == null || slots.count() < 2);
        count.setText(slots == null ? "" : slots.count() + " of " + LabBank.MAX_KERNELS + " kernels");
        Computed c = lesson.computedProperty().get();
        if (c == null) {
            tiles.getChildren().clear();
            return;
        }
        FeatureVolume features = c.features();
        int t = Math.max(0, Math.min(features.frames() - 1, lesson.viewSliceProperty().get()));
        FeatureDisplay display = lesson.displayProperty().get();
        int selected = lesson.kernelIndexProperty().get();
        tiles.getChildren().clear();
        for (int n = 0; n < features.kernels(); n++) {
            // The selected kernel uses the lesson's own range (what the feature view shows); the others their own.
            ValueRange range = n == selected && lesson.displayRangeProperty().get() != null
                    ? lesson.displayRangeProperty().get() : display.displayRange(features, n);
            ImageView image = new ImageView(FxImages.featureSlice(features, n, t, display, range));
            image.setFitWidth(THUMB);
            image.setFitHeight(THUMB);
            image.setPreserveRatio(true);
            image.setSmooth(features.width() > THUMB);
            boolean known = slots != null && n < slots.count();
            String name = known ? slots.slot(n).label() : "";
            Label label = new Label((n + 1) + "  " + (known ? slots.slot(n).shortLabel() : ""));
            label.setMaxWidth(THUMB);
            label.setPrefWidth(THUMB);
            label.setWrapText(true);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            VBox tile = new VBox(image, label);
            tile.setId("bankThumb-" + n);
            tile.getStyleClass().add("bank-thumb");
            if (n == selected) {
                tile.getStyleClass().add("selected");
            }
            Tooltip.install(tile, new Tooltip("kernel " + (n + 1) + ": " + name + " (output channel " + n + ")"));
            int index = n;
            tile.setOnMouseClicked(e -> lab.select(index));
            tiles.getChildren().add(tile);
        }
    }
}
