package app.conv3d.ui.volume;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The view's own controls: reset the camera, spread the frames apart. */
final class VolumeToolbar extends HBox {

    /** {@code turnable}: the picture can be turned with the mouse, so offer reset and say how. */
    VolumeToolbar(DoubleProperty explode, Runnable reset, boolean turnable) {
        super(14);
        getStyleClass().add("volume-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        setStyle("-fx-font-size: 16px; -fx-background-color: #262b33;");

        Button resetButton = new Button("Reset view");
        resetButton.setId("volume-reset");
        resetButton.setOnAction(e -> reset.run());
        resetButton.setTooltip(new Tooltip("Back to the starting angle and zoom"));

        Label label = new Label("Spread frames");
        label.setStyle("-fx-text-fill: #e8e8e8;");
        Slider slider = new Slider(0, 1, explode.get());
        slider.setId("volume-explode");
        slider.valueProperty().bindBidirectional(explode);
        slider.setPrefWidth(220);
        slider.setMaxWidth(320);
        HBox.setHgrow(slider, Priority.SOMETIMES);
        label.setLabelFor(slider);

        getChildren().addAll(label, slider);
        if (turnable) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label how = new Label("drag: turn · scroll: zoom");
            how.setStyle("-fx-text-fill: #aab2bf;");
            how.setMinWidth(0);
            getChildren().add(0, resetButton);
            getChildren().addAll(gap, how);
        }
    }
}
