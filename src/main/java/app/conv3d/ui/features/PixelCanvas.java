package app.conv3d.ui.features;

import java.nio.IntBuffer;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A small image shown as large as the space allows with hard pixel edges, one pixel outlined, a value in large
 * type beside the mouse, and mouse positions turned back into pixel coordinates. Transparent pixels show the
 * theme's "blank" hatch.
 *
 * <p>An enlarged image is enlarged here, by nearest neighbour ({@link NearestScale}), into an image of the size it
 * takes on screen in device pixels, which the window then draws one to one: JavaFX's software pipeline ignores
 * {@code ImageView.setSmooth(false)} and blends neighbouring pixels when it scales an image up, which smears an
 * 8x8 slice and blurs the edge between computed and blank pixels. A shrunk image (a full-size frame as a
 * thumbnail) is left to the view, smoothed, since dropping whole rows and columns would make stairs of the edges.
 *
 * <p>Only what changed is redrawn: a new picture is compared with the last one row by row, only the rows that
 * differ are enlarged and written into the kept image, and a picture equal to the last one changes nothing (no
 * repaint). The hatch behind the image is drawn once into a cached bitmap and shows only while some pixel is blank:
 * on the software pipeline every change of the image repaints everything under it, and a repeating gradient
 * 490 pixels square costs more than the image.
 */
public final class PixelCanvas extends Region {
    /** The large value beside the mouse: twice the text around it, for the back row. */
    static final String CALLOUT_CLASS = "pixel-callout";
    /** Distance from the mouse pointer to the callout, so the pointer never covers the number. */
    private static final double CALLOUT_OFFSET = 18;
    private static final WritablePixelFormat<IntBuffer> ARGB_PRE = PixelFormat.getIntArgbPreInstance();

    private final ImageView view = new ImageView();
    /** Behind the image: shows through its transparent pixels, styled by the theme (explorer.css). */
    private final Region backdrop = new Region();
    private final Rectangle marker = new Rectangle();
    private final Label callout = new Label();
    /** The picture as given, and its pixels as last drawn (premultiplied ARGB, row-major). */
    private Image image;
    private int[] pixels = new int[0];
    private int[] incoming = new int[0];
    /** While the picture is enlarged: the enlargement, its pixels, and the image on screen that holds them. */
    private NearestScale enlargement;
    private int[] enlarged;
    private WritableImage onScreen;
    /** The picture's size on screen in layout pixels, a whole number of them. */
    private double shownWidth;
    private double shownHeight;
    private int markerX = -1;
    private int markerY = -1;
    private double mouseX;
    private double mouseY;
    private BiConsumer<Integer, Integer> onHover = (y, x) -> { };
    private Runnable onExit = () -> { };

    public PixelCanvas(String id) {
        setId(id);
        getStyleClass().add("pixel-canvas");
        view.getStyleClass().add("pixel-image");
        view.setMouseTransparent(true);
        view.setManaged(false);
        marker.getStyleClass().add("pixel-marker");
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        backdrop.getStyleClass().add("pixel-backdrop");
        backdrop.setMouseTransparent(true);
        backdrop.setManaged(false);
        backdrop.setVisible(false);
        backdrop.setCache(true);
        callout.setId(id + "Callout");
        callout.getStyleClass().add(CALLOUT_CLASS);
        callout.setManaged(false);
        callout.setMouseTransparent(true);
        callout.setVisible(false);
        getChildren().addAll(backdrop, view, marker, callout);
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

    /**
     * Shows {@code next}; call it again after changing a writable image's pixels. Only the rows whose pixels differ
     * from the last picture are redrawn; the same pixels again change nothing on screen.
     */
    public void setImage(Image next) {
        boolean sameSize = image != null && next != null && image.getWidth() == next.getWidth()
                && image.getHeight() == next.getHeight();
        image = next;
        if (next == null) {
            view.setImage(null);
            requestLayout();
            return;
        }
        int w = (int) next.getWidth();
        int h = (int) next.getHeight();
        if (incoming.length != w * h) {
            incoming = new int[w * h];
        }
        next.getPixelReader().getPixels(0, 0, w, h, ARGB_PRE, incoming, 0, w);
        if (!sameSize) {
            pixels = incoming.clone();
            enlargement = null;
            showBackdrop();
            requestLayout();
            return;
        }
        int first = firstDifferentRow(w, h);
        if (first < 0) {
            if (enlargement == null) {
                view.setImage(next);
            }
            return;
        }
        int last = lastDifferentRow(w, h, first);
        System.arraycopy(incoming, first * w, pixels, first * w, (last + 1 - first) * w);
        if (enlargement == null) {
            view.setImage(next);
        } else {
            writeRows(first, last + 1);
        }
        showBackdrop();
    }

    private int firstDifferentRow(int w, int h) {
        for (int y = 0; y < h; y++) {
            if (!java.util.Arrays.equals(incoming, y * w, (y + 1) * w, pixels, y * w, (y + 1) * w)) {
                return y;
            }
        }
        return -1;
    }

    private int lastDifferentRow(int w, int h, int first) {
        for (int y = h - 1; y > first; y--) {
            if (!java.util.Arrays.equals(incoming, y * w, (y + 1) * w, pixels, y * w, (y + 1) * w)) {
                return y;
            }
        }
        return first;
    }

    /** Enlarges picture rows {@code [from, to)} into the image on screen. */
    private void writeRows(int from, int to) {
        enlargement.rows(pixels, enlarged, from, to);
        int top = enlargement.firstTargetRow(from);
        int rows = enlargement.firstTargetRow(to) - top;
        int width = enlargement.targetWidth();
        onScreen.getPixelWriter().setPixels(0, top, width, rows, ARGB_PRE, enlarged, top * width, width);
    }

    /** The hatch only while some pixel lets it through. */
    private void showBackdrop() {
        boolean blank = false;
        for (int p : pixels) {
            if (p >>> 24 != 0xFF) {
                blank = true;
                break;
            }
        }
        backdrop.setVisible(blank && shownWidth > 0);
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
        int col = (int) Math.floor((x - view.getLayoutX()) / scaleX());
        int row = (int) Math.floor((y - view.getLayoutY()) / scaleY());
        if (col < 0 || row < 0 || col >= image.getWidth() || row >= image.getHeight()) {
            return null;
        }
        return new int[] {row, col};
    }

    /** The centre of pixel (row, column) in this region's coordinates: where a click on it lands. */
    double[] centreOf(int row, int column) {
        return new double[] {view.getLayoutX() + (column + 0.5) * scaleX(),
            view.getLayoutY() + (row + 0.5) * scaleY()};
    }

    /** Screen pixels per image pixel across; the picture is a whole number of pixels wide. */
    private double scaleX() {
        return image == null || shownWidth == 0 ? 1 : shownWidth / image.getWidth();
    }

    private double scaleY() {
        return image == null || shownHeight == 0 ? 1 : shownHeight / image.getHeight();
    }

    @Override
    protected void layoutChildren() {
        if (image == null) {
            shownWidth = 0;
            shownHeight = 0;
            view.setImage(null);
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
        shownWidth = w;
        shownHeight = h;
        show(w, h);
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.relocate(left, top);
        backdrop.resizeRelocate(left, top, w, h);
        showBackdrop();
        placeMarker();
        placeCallout();
    }

    /** Enlarges the picture into an image of {@code w x h} layout pixels in device pixels, or shows it as it is. */
    private void show(double w, double h) {
        int sw = (int) image.getWidth();
        int sh = (int) image.getHeight();
        double renderScale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getRenderScaleX());
        int dw = (int) Math.round(w * renderScale);
        int dh = (int) Math.round(h * renderScale);
        if (dw < sw || dh < sh) {
            enlargement = null;
            onScreen = null;
            view.setSmooth(true);
            view.setImage(image);
            return;
        }
        if (enlargement == null || enlargement.targetWidth() != dw || enlargement.targetHeight() != dh
                || view.getImage() != onScreen) {
            enlargement = new NearestScale(sw, sh, dw, dh);
            enlarged = new int[dw * dh];
            onScreen = new WritableImage(dw, dh);
            writeRows(0, sh);
            view.setSmooth(false);
            view.setImage(onScreen);
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
