package app.conv3d.ui.features;

import app.conv3d.core.Colormap;
import app.conv3d.core.ValueRange;
import app.conv3d.ui.math.Numbers;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The colour scale with the values at its two ends: what black and white (or blue and red) mean. */
final class ColorBar extends HBox {
    private final Label low = new Label();
    private final Label high = new Label();
    private final ImageView bar = new ImageView();
    private final StackPane barBox = new StackPane(bar);

    private Colormap shownColormap;
    private ValueRange shownRange;

    ColorBar() {
        setId("colorBar");
        getStyleClass().add("color-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        low.setId("colorBarLow");
        high.setId("colorBarHigh");
        low.setMinWidth(Region.USE_PREF_SIZE);
        high.setMinWidth(Region.USE_PREF_SIZE);
        bar.setSmooth(false);
        bar.setPreserveRatio(false);
        bar.setFitHeight(22);
        barBox.getStyleClass().add("color-bar-image");
        barBox.setMinWidth(60);
        HBox.setHgrow(barBox, Priority.ALWAYS);
        bar.fitWidthProperty().bind(barBox.widthProperty().subtract(2));
        barBox.setMaxWidth(Region.USE_COMPUTED_SIZE);
        getChildren().addAll(low, barBox, high);
    }

    void show(Colormap colormap, ValueRange range) {
        // called at every frame of a sweep: a new image each time would be a new texture each time
        if (colormap == shownColormap && java.util.Objects.equals(range, shownRange)) {
            return;
        }
        shownColormap = colormap;
        shownRange = range;
        // A few rows, not one: some pipelines sample a 1-pixel-high texture badly when stretching it.
        int rows = 8;
        WritableImage image = new WritableImage(256, rows);
        for (int y = 0; y < rows; y++) {
            image.getPixelWriter().setPixels(0, y, 256, 1, PixelFormat.getIntArgbInstance(), colormap.palette(), 0, 256);
        }
        bar.setImage(image);
        low.setText(range == null ? "" : Numbers.value(range.low()));
        high.setText(range == null ? "" : Numbers.value(range.high()));
    }
}
