package app.conv3d.ui.volume;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The flat view's kernel box, drawn as shapes over the stack's canvas rather than into it: while a sweep plays
 * only the box moves, so the canvas (sixteen scaled frames) is not redrawn at every frame, and the window
 * repaints just the box's old and new place.
 */
final class KernelOverlay extends Group {
    private final Polygon front = face();
    private final Polygon top = face();
    private final Polygon right = face();
    private final Path edges = new Path();

    KernelOverlay() {
        edges.setStroke(KernelBox.EDGE);
        edges.setStrokeWidth(3);
        edges.setStrokeLineJoin(StrokeLineJoin.ROUND);
        getChildren().addAll(front, top, right, edges);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    private static Polygon face() {
        Polygon p = new Polygon();
        p.setFill(KernelBox.EDGE.deriveColor(0, 1, 1, KernelBox.FILL_OPACITY));
        p.setStroke(null);
        return p;
    }

    /**
     * Shows the box with projected corners {@code p} (index bit 0: right, bit 1: bottom, bit 2: back, as
     * {@link IsometricPainter#kernelCorners}); null hides it.
     */
    void show(Point2D[] p) {
        if (p == null) {
            setVisible(false);
            return;
        }
        // the faces the viewer sees in this projection: front, top and right
        set(front, p[0], p[1], p[3], p[2]);
        set(top, p[0], p[4], p[5], p[1]);
        set(right, p[1], p[5], p[7], p[3]);
        edges.getElements().clear();
        for (int i = 0; i < 8; i++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((i & bit) == 0) {
                    edges.getElements().addAll(new MoveTo(p[i].getX(), p[i].getY()),
                            new LineTo(p[i | bit].getX(), p[i | bit].getY()));
                }
            }
        }
        setVisible(true);
    }

    private static void set(Polygon polygon, Point2D... corners) {
        Double[] xy = new Double[corners.length * 2];
        for (int i = 0; i < corners.length; i++) {
            xy[2 * i] = corners[i].getX();
            xy[2 * i + 1] = corners[i].getY();
        }
        polygon.getPoints().setAll(xy);
    }
}
