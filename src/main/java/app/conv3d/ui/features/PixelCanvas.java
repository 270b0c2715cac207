package app.conv3d.ui.features;

import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A small image shown as large as the space allows with hard pixel edges, one pixel outlined, a value in large
 * type beside the mouse, and mouse positions turned back into pixel coordinates. Transparent pixels show the
 * theme's "blank" hatch.
 *
 * <p>The image is drawn on a canvas with image smoothing off when it is enlarged: JavaFX's software pipeline ignores
 * {@code ImageView.setSmooth(false)} and blends neighbouring pixels when it scales an image up, which smears an
 * 8x8 slice and blurs the edge between computed and blank pixels. The canvas has whole-pixel size and position, so
 * every source pixel becomes a block of exactly its own colour.
 */
final class PixelCanvas extends Region {
    /** The large value beside the mouse: twice the text around it, for the back row. */
    static final String CALLOUT_CLASS = "pixel-callout";
    /** Distance from the mouse pointer to the callout, so the pointer never covers the number. */
    private static final double CALLOUT_OFFSET = 18;

    private final Canvas canvas = new Canvas();
    /** Behind the image: shows through its transparent pixels, styled by the theme (explorer.css). */
    private final Region backdrop = new Region();
    private final Rectangle marker = new Rectangle();
    private final Label callout = new Label();
    private Image image;
    private int markerX = -1;
    private int markerY = -1;
    private double mouseX;
    private double mouseY;
    private BiConsumer<Integer, Integer> onHover = (y, x) -> { };
    private Runnable onExit = () -> { };

    PixelCanvas(String id) {
        setId(id);
        getStyleClass().add("pixel-canvas");
        canvas.getStyleClass().add("pixel-image");
        canvas.setMouseTransparent(true);
        marker.getStyleClass().add("pixel-marker");
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        backdrop.getStyleClass().add("pixel-backdrop");
        backdrop.setMouseTransparent(true);
        backdrop.setManaged(false);
        backdrop.setVisible(false);
        callout.setId(id + "Callout");
        callout.getStyleClass().add(CALLOUT_CLASS);
        callout.setManaged(false);
        callout.setMouseTransparent(true);
        callout.setVisible(false);
        getChildren().addAll(backdrop, canvas, marker, callout);
        setMinSize(80, 80);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            int[] p = pixelAt(e.getX(), e.getY());
            if (p == null) {
                onExit.run();
            } else {
                onHover.accept(p[0], p[1]);
            }
            placeCallout();
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> onExit.run());
    }

    /** Shows {@code next}; call it again after changing a writable image's pixels, so the canvas redraws. */
    void setImage(Image next) {
        boolean sameSize = image != null && next != null && image.getWidth() == next.getWidth()
                && image.getHeight() == next.getHeight();
        image = next;
        if (sameSize) {
            draw();
        } else {
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

    /** Shows {@code text} in large type beside the mouse pointer; null hides it. */
    void setCallout(String text) {
        callout.setVisible(text != null);
        if (text != null) {
            callout.setText(text);
            placeCallout();
        }
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
        if (image == null) {
            return null;
        }
        int col = (int) Math.floor((x - canvas.getLayoutX()) / scaleX());
        int row = (int) Math.floor((y - canvas.getLayoutY()) / scaleY());
        if (col < 0 || row < 0 || col >= image.getWidth() || row >= image.getHeight()) {
            return null;
        }
        return new int[] {row, col};
    }

    /** The centre of pixel (row, column) in this region's coordinates: where a click on it lands. */
    double[] centreOf(int row, int column) {
        return new double[] {canvas.getLayoutX() + (column + 0.5) * scaleX(),
            canvas.getLayoutY() + (row + 0.5) * scaleY()};
    }

    /** Screen pixels per image pixel across; the canvas is a whole number of pixels wide. */
    private double scaleX() {
        return image == null || canvas.getWidth() == 0 ? 1 : canvas.getWidth() / image.getWidth();
    }

    private double scaleY() {
        return image == null || canvas.getHeight() == 0 ? 1 : canvas.getHeight() / image.getHeight();
    }

    @Override
    protected void layoutChildren() {
        if (image == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            backdrop.setVisible(false);
            return;
        }
        double availW = getWidth() - snappedLeftInset() - snappedRightInset();
        double availH = getHeight() - snappedTopInset() - snappedBottomInset();
        double scale = Math.max(0.01, Math.min(availW / image.getWidth(), availH / image.getHeight()));
        double w = Math.max(1, Math.floor(image.getWidth() * scale));
        double h = Math.max(1, Math.floor(image.getHeight() * scale));
        double left = Math.floor(snappedLeftInset() + (availW - w) / 2);
        double top = Math.floor(snappedTopInset() + (availH - h) / 2);
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(left, top);
        backdrop.resizeRelocate(left, top, w, h);
        backdrop.setVisible(true);
        draw();
        placeMarker();
        placeCallout();
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (image != null) {
            // Blown up, each pixel a hard-edged block; shrunk (a full-size frame as a thumbnail), averaged, since
            // dropping whole rows and columns would make stairs of the edges.
            gc.setImageSmoothing(canvas.getWidth() < image.getWidth());
            gc.drawImage(image, 0, 0, canvas.getWidth(), canvas.getHeight());
        }
    }

    private void placeMarker() {
        if (image == null || markerX < 0) {
            return;
        }
        // At least a few screen pixels, so a 1-pixel output stays visible on a 252-wide slice.
        double w = Math.max(scaleX(), 14);
        double h = Math.max(scaleY(), 14);
        double[] c = centreOf(markerY, markerX);
        marker.setX(c[0] - w / 2);
        marker.setY(c[1] - h / 2);
        marker.setWidth(w);
        marker.setHeight(h);
    }

    /** Below and right of the pointer, or on the other side of it where the canvas ends. */
    private void placeCallout() {
        if (!callout.isVisible()) {
            return;
        }
        callout.applyCss();
        double w = callout.prefWidth(-1);
        double h = callout.prefHeight(w);
        double x = mouseX + CALLOUT_OFFSET;
        double y = mouseY + CALLOUT_OFFSET;
        if (x + w > getWidth()) {
            x = mouseX - CALLOUT_OFFSET - w;
        }
        if (y + h > getHeight()) {
            y = mouseY - CALLOUT_OFFSET - h;
        }
        callout.resizeRelocate(Math.round(Math.max(0, x)), Math.round(Math.max(0, y)), w, h);
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
