package app.conv3d.ui.features;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

/** The feature view as a teacher uses it: pixels to hover and click, the values it shows. Hides its node ids. */
public final class FeatureViewPage {
    private static final String OUTPUT = "#" + FeatureView.OUTPUT_ID;
    private static final String CALLOUT = "#" + FeatureView.OUTPUT_ID + "Callout";
    private static final String HOVER = "#" + FeatureView.HOVER_ID;
    private final FxRobot robot;
    private Point2D pointer;

    public FeatureViewPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Where output pixel (row, column) of the slice is on the screen. */
    public Point2D pixelOnScreen(int row, int column) {
        PixelCanvas canvas = node(OUTPUT);
        double[] c = canvas.centreOf(row, column);
        return canvas.localToScreen(c[0], c[1]);
    }

    public void hoverPixel(int row, int column) {
        pointer = pixelOnScreen(row, column);
        robot.moveTo(pointer);
    }

    public void clickPixel(int row, int column) {
        robot.clickOn(pixelOnScreen(row, column));
    }

    /** Moves the mouse off the slice, onto the hint under it. */
    public void leaveSlice() {
        robot.moveTo(HOVER);
    }

    /** The hovered value in words under the slice. */
    public String hoverText() {
        return this.<Label>node(HOVER).getText();
    }

    /** The large value beside the mouse; null while it is hidden. */
    public String calloutText() {
        Label callout = node(CALLOUT);
        return callout.isVisible() ? callout.getText() : null;
    }

    /** The large value's text size over the hint's (the body text). */
    public double calloutTextScale() {
        return this.<Label>node(CALLOUT).getFont().getSize() / this.<Label>node(HOVER).getFont().getSize();
    }

    /** Whether the large value lies within {@code reach} pixels of where {@link #hoverPixel} put the pointer. */
    public boolean calloutNearPointer(double reach) {
        Bounds b = node(CALLOUT).localToScreen(node(CALLOUT).getBoundsInLocal());
        double dx = Math.max(0, Math.max(b.getMinX() - pointer.getX(), pointer.getX() - b.getMaxX()));
        double dy = Math.max(0, Math.max(b.getMinY() - pointer.getY(), pointer.getY() - b.getMaxY()));
        return Math.hypot(dx, dy) <= reach;
    }

    /** The slice as drawn (the image only, without the marker or the callout over it). */
    public WritableImage sliceSnapshot() {
        PixelCanvas canvas = node(OUTPUT);
        Node image = canvas.lookup(".pixel-image");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = image.snapshot(null, null));
        return shot[0];
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String query) {
        return (T) robot.lookup(query).query();
    }
}
