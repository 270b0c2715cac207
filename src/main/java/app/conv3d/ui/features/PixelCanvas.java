package app.conv3d.ui.features;

import java.util.function.BiConsumer;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A small image shown as large as the space allows with hard pixel edges, one pixel outlined, and
 * mouse positions turned back into pixel coordinates. Transparent pixels show the theme's "blank" hatch.
 */
final class PixelCanvas extends Region {
    private final ImageView view = new ImageView();
    /** Behind the image: shows through its transparent pixels, styled by the theme (explorer.css). */
    private final Region backdrop = new Region();
    private final Rectangle marker = new Rectangle();
    private int markerX = -1;
    private int markerY = -1;
    private BiConsumer<Integer, Integer> onHover = (y, x) -> { };
    private Runnable onExit = () -> { };

    PixelCanvas(String id) {
        setId(id);
        getStyleClass().add("pixel-canvas");
        view.setSmooth(false);
        view.setPreserveRatio(true);
        marker.getStyleClass().add("pixel-marker");
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        backdrop.getStyleClass().add("pixel-backdrop");
        backdrop.setMouseTransparent(true);
        backdrop.setManaged(false);
        backdrop.setVisible(false);
        getChildren().addAll(backdrop, view, marker);
        setMinSize(80, 80);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int[] p = pixelAt(e.getX(), e.getY());
            if (p == null) {
                onExit.run();
            } else {
                onHover.accept(p[0], p[1]);
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> onExit.run());
    }

    void setImage(Image image) {
        if (view.getImage() != image) {
            view.setImage(image);
            requestLayout();
        }
    }

    /** Outlines pixel (y, x); a negative value hides the outline. */
    void setMarker(int y, int x) {
        markerY = y;
        markerX = x;
        marker.setVisible(y >= 0 && x >= 0);
        placeMarker();
    }

    void setOnPixelClicked(BiConsumer<Integer, Integer> action) {
        setOnMouseClicked(e -> {
            int[] p = pixelAt(e.getX(), e.getY());
            if (p != null) {
                action.accept(p[0], p[1]);
            }
        });
    }

    void setOnPixelHovered(BiConsumer<Integer, Integer> action, Runnable exit) {
        onHover = action;
        onExit = exit;
    }

    /** The (row, column) under local point (x, y), or null outside the image. */
    int[] pixelAt(double x, double y) {
        Image image = view.getImage();
        if (image == null) {
            return null;
        }
        double scale = scale();
        int col = (int) Math.floor((x - view.getLayoutX()) / scale);
        int row = (int) Math.floor((y - view.getLayoutY()) / scale);
        if (col < 0 || row < 0 || col >= image.getWidth() || row >= image.getHeight()) {
            return null;
        }
        return new int[] {row, col};
    }

    /** The centre of pixel (row, column) in this region's coordinates: where a click on it lands. */
    double[] centreOf(int row, int column) {
        double scale = scale();
        return new double[] {view.getLayoutX() + (column + 0.5) * scale, view.getLayoutY() + (row + 0.5) * scale};
    }

    private double scale() {
        Image image = view.getImage();
        if (image == null) {
            return 1;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        return Math.max(0.01, Math.min(w / image.getWidth(), h / image.getHeight()));
    }

    @Override
    protected void layoutChildren() {
        Image image = view.getImage();
        if (image == null) {
            return;
        }
        double scale = scale();
        double w = image.getWidth() * scale;
        double h = image.getHeight() * scale;
        view.setFitWidth(w);
        view.setFitHeight(h);
        double left = snappedLeftInset() + (getWidth() - snappedLeftInset() - snappedRightInset() - w) / 2;
        double top = snappedTopInset() + (getHeight() - snappedTopInset() - snappedBottomInset() - h) / 2;
        view.relocate(left, top);
        backdrop.resizeRelocate(left, top, w, h);
        backdrop.setVisible(true);
        placeMarker();
    }

    private void placeMarker() {
        Image image = view.getImage();
        if (image == null || markerX < 0) {
            return;
        }
        double scale = scale();
        // At least a few screen pixels, so a 1-pixel output stays visible on a 252-wide slice.
        double size = Math.max(scale, 14);
        double cx = view.getLayoutX() + (markerX + 0.5) * scale;
        double cy = view.getLayoutY() + (markerY + 0.5) * scale;
        marker.setX(cx - size / 2);
        marker.setY(cy - size / 2);
        marker.setWidth(size);
        marker.setHeight(size);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }
}
