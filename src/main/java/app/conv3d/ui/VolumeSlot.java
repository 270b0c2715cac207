package app.conv3d.ui;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Holds the left of the window until the 3D volume view lands; it has that view's API
 * (volume, receptive field, explode, reset) so the swap is one line in {@link MainWindow}.
 */
final class VolumeSlot extends StackPane {
    private final ObjectProperty<Volume> volume = new SimpleObjectProperty<>(this, "volume");
    private final ObjectProperty<ReceptiveField> field = new SimpleObjectProperty<>(this, "field");
    private final DoubleProperty explode = new SimpleDoubleProperty(this, "explode");

    VolumeSlot() {
        setId("volumeSlot");
        getStyleClass().add("volume-slot");
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Volume v = volume.get();
            ReceptiveField f = field.get();
            String size = v == null ? "" : "input clip " + v.frames() + " frames of " + v.height() + "\u00d7"
                    + v.width();
            String at = f == null ? "" : "\nkernel window from frame " + f.origin().t() + ", row " + f.origin().h()
                    + ", column " + f.origin().w();
            return size + at;
        }, volume, field));
        setAlignment(Pos.CENTER);
        getChildren().add(label);
    }

    public static VolumeSlot create() {
        return new VolumeSlot();
    }

    public ObjectProperty<Volume> volumeProperty() {
        return volume;
    }

    public ObjectProperty<ReceptiveField> fieldProperty() {
        return field;
    }

    public DoubleProperty explodeProperty() {
        return explode;
    }

    public void resetView() {
        explode.set(0);
    }
}
