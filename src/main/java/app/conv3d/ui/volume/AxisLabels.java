package app.conv3d.ui.volume;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * Flat text laid over the 3D picture: each label follows a point of the scene, so it stays upright and
 * sharp at any angle. A label sits on the side of its point facing away from its object's centre, so
 * turning the view never puts text on top of the object it names.
 */
final class AxisLabels extends Pane {
    static final String AXIS_STYLE = "-fx-font-size: 22px; -fx-font-weight: bold; -fx-text-fill: #f2f2f2;"
            + " -fx-background-color: rgba(18,22,28,0.78); -fx-background-radius: 6; -fx-padding: 2 9 2 9;";

    private final List<Pinned> pinned = new ArrayList<>();

    AxisLabels() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Adds a label; {@code anchor} and {@code centre} are points in the 3D space of {@code space}. */
    Label add(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setStyle(style);
        label.setManaged(false);
        getChildren().add(label);
        pinned.add(new Pinned(label));
        return label;
    }

    /**
     * Pins the label to a 3D point; its text goes on the side away from {@code centre}, and further out
     * if needed so that it does not cover the line from {@code edgeFrom} to {@code edgeTo} (the edge it names).
     */
    void pin(Label label, Point3D anchor, Point3D centre, Point3D edgeFrom, Point3D edgeTo) {
        for (Pinned p : pinned) {
            if (p.label == label) {
                p.anchor = anchor;
                p.centre = centre;
                p.edgeFrom = edgeFrom;
                p.edgeTo = edgeTo;
            }
        }
    }

    /** Re-projects every label through the current camera; {@code space} holds the 3D points. */
    void update(Node space) {
        for (Pinned p : pinned) {
            Label label = p.label;
            if (p.anchor == null || label.getText() == null || label.getText().isEmpty() || !label.isVisible()) {
                continue;
            }
            Point2D at = project(space, p.anchor);
            Point2D mid = project(space, p.centre);
            if (at == null || mid == null) {
                continue;
            }
            double dx = at.getX() - mid.getX();
            double dy = at.getY() - mid.getY();
            double span = Math.max(Math.abs(dx), Math.abs(dy));
            double ax = span < 1e-6 ? 0.5 : 0.5 - 0.5 * dx / span;
            double ay = span < 1e-6 ? 0.5 : 0.5 - 0.5 * dy / span;
            double w = label.prefWidth(-1);
            double h = label.prefHeight(w);
            double left = at.getX() - w * ax;
            double top = at.getY() - h * ay;
            Point2D from = project(space, p.edgeFrom);
            Point2D to = project(space, p.edgeTo);
            double ux = span < 1e-6 ? 0 : dx / Math.hypot(dx, dy);
            double uy = span < 1e-6 ? -1 : dy / Math.hypot(dx, dy);
            for (int step = 0; step < 40 && from != null && to != null && covers(left, top, w, h, from, to); step++) {
                left += 3 * ux;
                top += 3 * uy;
            }
            label.resizeRelocate(Math.round(left), Math.round(top), w, h);
        }
    }

    /** Whether the rectangle, grown by a few pixels, touches the segment (sampled finely enough for text). */
    private static boolean covers(double left, double top, double w, double h, Point2D a, Point2D b) {
        double pad = 4;
        for (int i = 0; i <= 32; i++) {
            double x = a.getX() + (b.getX() - a.getX()) * i / 32;
            double y = a.getY() + (b.getY() - a.getY()) * i / 32;
            if (x >= left - pad && x <= left + w + pad && y >= top - pad && y <= top + h + pad) {
                return true;
            }
        }
        return false;
    }

    private Point2D project(Node space, Point3D point) {
        Point3D scene = space.localToScene(point, true);
        return scene == null ? null : sceneToLocal(scene.getX(), scene.getY());
    }

    private static final class Pinned {
        final Label label;
        Point3D anchor;
        Point3D centre;
        Point3D edgeFrom;
        Point3D edgeTo;

        Pinned(Label label) {
            this.label = label;
        }
    }
}
