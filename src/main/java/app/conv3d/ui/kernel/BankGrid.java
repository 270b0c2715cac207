package app.conv3d.ui.kernel;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.ValueRange;
import app.conv3d.ui.FxImages;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The bank: one small picture per kernel, its feature volume at the slice the feature view shows (one output
 * channel each); click one to walk through it. Add and remove kernels underneath.
 */
final class BankGrid extends VBox {
    static final double THUMB = 100;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final KernelLabModel lab;
    private final Lesson lesson;
    private final TilePane tiles = new TilePane();
    private final List<Tile> shown = new ArrayList<>();
    private final Button add = new Button(Messages.text("lab.bank.add"));
    private final Button remove = new Button(Messages.text("lab.bank.remove"));
    private final Label count = new Label();
    /** Each kernel's colour range, kept while the result and the display stay the same (slices change often). */
    private ValueRange[] ranges = new ValueRange[0];
    private Computed rangesOf;
    private FeatureDisplay rangesFor;

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
        add.setTooltip(new Tooltip(Messages.text("lab.bank.add.tip")));
        add.setOnAction(e -> lab.addKernel());
        remove.setId("removeKernel");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(Messages.text("lab.bank.remove.tip")));
        remove.setOnAction(e -> lab.removeKernel());
        count.setId("bankCount");
        count.getStyleClass().add("note");
        HBox buttons = new HBox(8, add, remove, count);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label how = new Label(Messages.text("lab.bank.how"));
        how.getStyleClass().add("note");
        how.setWrapText(true);
        getChildren().addAll(how, tiles, buttons);

        lesson.computedProperty().addListener((obs, old, now) -> refresh());
        lesson.viewSliceProperty().addListener((obs, old, now) -> refresh());
        lesson.displayProperty().addListener((obs, old, now) -> refresh());
        lesson.kernelIndexProperty().addListener((obs, old, now) -> refresh());
        lab.slotsProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        LabBank slots = lab.slotsProperty().get();
        add.setDisable(slots == null || !slots.canAdd());
        remove.setDisable(slots == null || slots.count() < 2);
        count.setText(slots == null ? "" : Messages.text("lab.bank.count", slots.count(), LabBank.MAX_KERNELS));
        Computed c = lesson.computedProperty().get();
        int kernels = c == null ? 0 : c.features().kernels();
        while (shown.size() > kernels) {
            tiles.getChildren().remove(shown.remove(shown.size() - 1));
        }
        while (shown.size() < kernels) {
            Tile tile = new Tile(shown.size());
            shown.add(tile);
            tiles.getChildren().add(tile);
        }
        if (c == null) {
            return;
        }
        FeatureVolume features = c.features();
        FeatureDisplay display = lesson.displayProperty().get();
        if (rangesOf != c || rangesFor != display) {
            ranges = new ValueRange[kernels];
            for (int n = 0; n < kernels; n++) {
                ranges[n] = display.displayRange(features, n);
            }
            rangesOf = c;
            rangesFor = display;
        }
        int t = Math.max(0, Math.min(features.frames() - 1, lesson.viewSliceProperty().get()));
        int selected = lesson.kernelIndexProperty().get();
        for (int n = 0; n < kernels; n++) {
            boolean known = slots != null && n < slots.count();
            shown.get(n).show(features, t, display, ranges[n], n == selected,
                    known ? slots.slot(n).shortLabel() : "", known ? slots.slot(n).label() : "");
        }
    }

    /** One kernel's picture and name; a click selects it. */
    private final class Tile extends VBox {
        private final ImageView image = new ImageView();
        private WritableImage picture;
        private final Label name = new Label();
        private final Tooltip tip = new Tooltip();
        private final int index;

        Tile(int index) {
            this.index = index;
            setId("bankThumb-" + index);
            getStyleClass().add("bank-thumb");
            image.setFitWidth(THUMB);
            image.setFitHeight(THUMB);
            image.setPreserveRatio(true);
            name.setMaxWidth(THUMB);
            name.setPrefWidth(THUMB);
            name.setWrapText(true);
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            getChildren().addAll(image, name);
            Tooltip.install(this, tip);
            setOnMouseClicked(e -> lab.select(index));
        }

        /**
         * Shows kernel {@code index}'s slice {@code t}: written into the tile's own image while the output size
         * stays, and "selected" as a pseudo-class, so an edit restyles and re-creates nothing.
         */
        void show(FeatureVolume features, int t, FeatureDisplay display, ValueRange range, boolean selected,
                String shortName, String longName) {
            if (picture == null || picture.getWidth() != features.width() || picture.getHeight() != features.height()) {
                picture = new WritableImage(features.width(), features.height());
                image.setImage(picture);
                image.setSmooth(picture.getWidth() > THUMB);
            }
            FxImages.writeFeatureSlice(features, index, t, display, range, picture);
            name.setText(index + "  " + shortName); // 0-based, as the top bar, the arithmetic and PyTorch
            tip.setText(Messages.text("lab.bank.tile.tip", index, longName));
            pseudoClassStateChanged(SELECTED, selected);
        }
    }
}
