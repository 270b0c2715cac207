package app.conv3d.ui.volume;

import app.conv3d.core.Volume;
import app.conv3d.ui.FxImages;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;

/** The flat fallback where 3D is unavailable: the same stack drawn in an oblique projection on a canvas. */
public final class IsometricVolumeView extends VolumeView {
    /** Where the last drawing put its labels, in the canvas's coordinates. */
    private List<Bounds> plates = List.of();
    private final Canvas canvas;
    private Image[] frames = new Image[0];
    private final FrameCache<Image> images = new FrameCache<>(FxImages::frame, Image[]::new);

    IsometricVolumeView() {
        this(new Canvas(800, 560));
    }

    private IsometricVolumeView(Canvas canvas) {
        super(new Pane(canvas), false);
        this.canvas = canvas;
        volumeProperty().addListener((obs, old, v) -> {
            frames = images.picturesOf(v);
            redraw();
        });
        fieldProperty().addListener((obs, old, f) -> redraw());
        glideProperty().addListener((obs, old, g) -> redraw());
        explodeProperty().addListener((obs, old, e) -> redraw());
        redraw();
    }

    @Override
    public void resetView() {
        redraw();
    }

    @Override
    protected void layoutContent(double x, double y, double width, double height) {
        super.layoutContent(x, y, width, height);
        canvas.setWidth(width);
        canvas.setHeight(height);
        redraw();
    }

    /** Where the last drawing put its labels, in the canvas's coordinates; and the canvas's size. */
    List<Bounds> labelPlates() {
        return plates;
    }

    Bounds pictureBounds() {
        return canvas.getLayoutBounds();
    }

    private void redraw() {
        Volume volume = volumeProperty().get();
        StackGeometry geometry = volume == null ? null
                : new StackGeometry(volume.frames(), volume.height(), volume.width(), explodeProperty().get());
        IsometricPainter painter = new IsometricPainter(canvas.getGraphicsContext2D(), canvas.getWidth(),
                canvas.getHeight(), pictureTextSize(canvas.getWidth(), canvas.getHeight()));
        painter.paint(geometry, frames, fieldProperty().get(), glideProperty().get());
        plates = painter.plates();
    }
}
