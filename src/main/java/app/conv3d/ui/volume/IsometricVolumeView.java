package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
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
    private final KernelOverlay kernel = new KernelOverlay();
    private Image[] frames = new Image[0];
    private final FrameCache<Image> images = new FrameCache<>((v, t) -> FxImages.frameImage(v, t, 1), Image[]::new);
    private StackGeometry geometry;
    private IsometricPainter painter;
    /** The glass layers' buffers and images, kept from one picture to the next. */
    private final List<GlassPicture> glass = new java.util.ArrayList<>();
    /** The field as the canvas last drew it: the frames it dims and the legend (the box itself is the overlay's). */
    private ReceptiveField drawnField;

    IsometricVolumeView() {
        this(new Canvas(800, 560));
    }

    private IsometricVolumeView(Canvas canvas) {
        this(canvas, new Pane());
    }

    private IsometricVolumeView(Canvas canvas, Pane picture) {
        super(picture, false);
        this.canvas = canvas;
        picture.getChildren().addAll(canvas, kernel);
        volumeProperty().addListener((obs, old, v) -> {
            frames = images.picturesOf(v);
            redraw();
        });
        // While a sweep plays only the box moves: the canvas is redrawn only when the frames it dims change.
        fieldProperty().addListener((obs, old, f) -> {
            if (geometry != null && drawnField != null && StackGeometry.sameFrames(drawnField, f, geometry.frames())) {
                placeKernel();
            } else {
                redraw();
            }
        });
        glideProperty().addListener((obs, old, g) -> placeKernel());
        hoverFieldProperty().addListener((obs, old, f) -> redraw());
        explodeProperty().addListener((obs, old, e) -> redraw());
        placeholderProperty().addListener((obs, old, p) -> redraw());
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

    @Override
    public java.util.Optional<Bounds> kernelSceneBounds() {
        return !kernel.isVisible() || getScene() == null ? java.util.Optional.empty()
                : java.util.Optional.of(kernel.localToScene(kernel.getBoundsInLocal()));
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
        geometry = volume == null ? null
                : new StackGeometry(volume.frames(), volume.height(), volume.width(), explodeProperty().get());
        painter = new IsometricPainter(canvas.getGraphicsContext2D(), canvas.getWidth(),
                canvas.getHeight(), pictureTextSize(canvas.getWidth(), canvas.getHeight()), glass);
        painter.paint(geometry, frames, fieldProperty().get(), placeholderProperty().get());
        painter.paintHover(geometry, hoverFieldProperty().get());
        plates = painter.plates();
        drawnField = fieldProperty().get();
        placeKernel();
    }

    private void placeKernel() {
        ReceptiveField field = fieldProperty().get();
        kernel.show(field == null || geometry == null || frames.length == 0 ? null
                : painter.kernelCorners(geometry, field, glideProperty().get()));
    }
}
