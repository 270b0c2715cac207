package app.conv3d.ui.volume;

import app.conv3d.core.Volume;
import app.conv3d.ui.FxImages;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;

/** The flat fallback where 3D is unavailable: the same stack drawn in an oblique projection on a canvas. */
public final class IsometricVolumeView extends VolumeView {
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

    private void redraw() {
        Volume volume = volumeProperty().get();
        StackGeometry geometry = volume == null ? null
                : new StackGeometry(volume.frames(), volume.height(), volume.width(), explodeProperty().get());
        new IsometricPainter(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight())
                .paint(geometry, frames, fieldProperty().get());
    }
}
