package app.conv3d.ui.features;

import java.nio.IntBuffer;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
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
 * <p>Only what changed is redrawn: the caller says which rows of the picture changed ({@link #setPixels}), only
 * those are enlarged and written into the kept image, whose storage is the enlargement's own array (a {@link
 * PixelBuffer} in the renderer's premultiplied ARGB, so nothing converts the pixels on the way and only the changed
 * rows are marked dirty), and no changed rows change nothing (no repaint). The hatch behind the image is drawn once
 * into a cached bitmap and shows only while some pixel is blank:
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
    /**
     * Under everything, exactly the image's bounds, opaque and square: a change of the image then repaints from here
     * (the renderer starts at the front-most node whose opaque area covers the dirty region) instead of from the
     * panel's rounded background and everything else under the slice.
     */
    private final Region floor = new Region();
    private final Rectangle marker = new Rectangle();
    private final Label callout = new Label();
    /** The picture's pixels as last given (premultiplied ARGB, row-major; null: no picture), and its size. */
    private int[] pixels;
    private int sourceWidth;
    private int sourceHeight;
    /** While the picture is shrunk: an image over {@code pixels} itself. */
    private PixelBuffer<IntBuffer> sourceBuffer;
    private WritableImage sourceImage;
    /**
     * While the picture is enlarged: the enlargement, its pixels, and the image on screen whose storage they are
     * (premultiplied ARGB like the renderer's textures, so the software pipeline copies changed rows as they are).
     */
    private NearestScale enlargement;
    private int[] enlarged;
    private PixelBuffer<IntBuffer> onScreenBuffer;
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
        floor.getStyleClass().add("pixel-floor");
        floor.setMouseTransparent(true);
        floor.setManaged(false);
        floor.setVisible(false);
        callout.setId(id + "Callout");
        callout.getStyleClass().add(CALLOUT_CLASS);
        callout.setManaged(false);
        callout.setMouseTransparent(true);
        callout.setVisible(false);
        getChildren().addAll(floor, backdrop, view, marker, callout);
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
     * Shows {@code next}, all of it anew (the input frame: set when the frame it shows changes); null shows nothing.
     */
    public void setImage(Image next) {
        if (next == null) {
            clear();
            return;
        }
        int w = (int) next.getWidth();
        int h = (int) next.getHeight();
        int[] argb = new int[w * h];
        next.getPixelReader().getPixels(0, 0, w, h, ARGB_PRE, argb, 0, w);
        setPixels(w, h, argb, 0, h);
    }

    /**
     * Shows a picture of {@code w x h} premultiplied ARGB pixels (row-major) of which rows {@code [fromRow, toRow)}
     * changed since the last call: only those are copied, enlarged and written into the image on screen, and an
     * empty range changes nothing on screen. A new size takes the whole picture. {@code argb} is read during the
     * call only, so the caller may reuse it.
     */
    void setPixels(int w, int h, int[] argb, int fromRow, int toRow) {
        if (pixels == null || w != sourceWidth || h != sourceHeight) {
            sourceWidth = w;
            sourceHeight = h;
            pixels = argb.clone();
            sourceImage = null;
            enlargement = null;
            showBackdrop();
            requestLayout();
            return;
        }
        int from = Math.max(0, fromRow);
        int to = Math.min(h, toRow);
        if (from >= to) {
            return;
        }
        System.arraycopy(argb, from * w, pixels, from * w, (to - from) * w);
        if (enlargement != null) {
            writeRows(from, to);
        } else if (sourceImage != null) {
            sourceBuffer.updateBuffer(b -> new Rectangle2D(0, from, w, to - from));
        }
        showBackdrop();
    }

    /** Shows nothing. */
    void clear() {
        pixels = null;
        sourceImage = null;
        enlargement = null;
        view.setImage(null);
        requestLayout();
    }

    /** Enlarges picture rows {@code [from, to)} into the image on screen, and marks just those rows changed. */
    private void writeRows(int from, int to) {
        enlargement.rows(pixels, enlarged, from, to);
        int top = enlargement.firstTargetRow(from);
        int rows = enlargement.firstTargetRow(to) - top;
        int width = enlargement.targetWidth();
        if (rows > 0) {
            onScreenBuffer.updateBuffer(b -> new Rectangle2D(0, top, width, rows));
        }
    }

    /** The picture as it is, over its own pixels (the array is the image's storage): shown when it is shrunk. */
    private Image sourceImage() {
        if (sourceImage == null) {
            sourceBuffer = new PixelBuffer<>(sourceWidth, sourceHeight, IntBuffer.wrap(pixels), ARGB_PRE);
            sourceImage = new WritableImage(sourceBuffer);
        }
        return sourceImage;
    }

    /** The hatch only while some pixel lets it through. */
    private void showBackdrop() {
        boolean blank = false;
        for (int p : pixels == null ? new int[0] : pixels) {
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
        if (pixels == null) {
            return null;
        }
        int col = (int) Math.floor((x - view.getLayoutX()) / scaleX());
        int row = (int) Math.floor((y - view.getLayoutY()) / scaleY());
        if (col < 0 || row < 0 || col >= sourceWidth || row >= sourceHeight) {
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
        return pixels == null || shownWidth == 0 ? 1 : shownWidth / sourceWidth;
    }

    private double scaleY() {
        return pixels == null || shownHeight == 0 ? 1 : shownHeight / sourceHeight;
    }

    @Override
    protected void layoutChildren() {
        if (pixels == null) {
            shownWidth = 0;
            shownHeight = 0;
            view.setImage(null);
            backdrop.setVisible(false);
            floor.setVisible(false);
            return;
        }
        double availW = getWidth() - snappedLeftInset() - snappedRightInset();
        double availH = getHeight() - snappedTopInset() - snappedBottomInset();
        double scale = Math.max(0.01, Math.min(availW / sourceWidth, availH / sourceHeight));
        double w = Math.max(1, Math.floor(sourceWidth * scale));
        double h = Math.max(1, Math.floor(sourceHeight * scale));
        double left = Math.floor(snappedLeftInset() + (availW - w) / 2);
        double top = Math.floor(snappedTopInset() + (availH - h) / 2);
        shownWidth = w;
        shownHeight = h;
        show(w, h);
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.relocate(left, top);
        backdrop.resizeRelocate(left, top, w, h);
        floor.resizeRelocate(left, top, w, h);
        floor.setVisible(true);
        showBackdrop();
        placeMarker();
        placeCallout();
    }

    /** Enlarges the picture into an image of {@code w x h} layout pixels in device pixels, or shows it as it is. */
    private void show(double w, double h) {
        int sw = sourceWidth;
        int sh = sourceHeight;
        double renderScale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getRenderScaleX());
        int dw = (int) Math.round(w * renderScale);
        int dh = (int) Math.round(h * renderScale);
        if (dw < sw || dh < sh) {
            enlargement = null;
            onScreen = null;
            view.setSmooth(true);
            view.setImage(sourceImage());
            return;
        }
        if (enlargement == null || enlargement.targetWidth() != dw || enlargement.targetHeight() != dh
                || view.getImage() != onScreen) {
            enlargement = new NearestScale(sw, sh, dw, dh);
            enlarged = new int[dw * dh];
            onScreenBuffer = new PixelBuffer<>(dw, dh, IntBuffer.wrap(enlarged), ARGB_PRE);
            onScreen = new WritableImage(onScreenBuffer);
            enlargement.rows(pixels, enlarged, 0, sh);
            view.setSmooth(false);
            view.setImage(onScreen);
        }
    }

    private void placeMarker() {
        if (pixels == null || markerX < 0) {
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
