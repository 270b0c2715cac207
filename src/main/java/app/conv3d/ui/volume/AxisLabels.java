package app.conv3d.ui.volume;

import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * Flat text laid over the 3D picture: each label follows a point of the scene, so it stays upright and
 * sharp at any angle. A label sits on the side of its point facing away from its object's centre, so
 * turning the view never puts text on top of the object it names; it stays inside the picture and off the
 * labels placed before it (and off any area the view keeps for itself, such as the kernel's legend).
 */
final class AxisLabels extends Pane {
    /** Where the labels keep off: a few pixels of air between two plates of text. */
    private static final double AIR = 4;

    private final List<Pinned> pinned = new ArrayList<>();
    private Bounds keepOff;

    /** The width axis's label: "x = 256". */
    static String width(int columns) {
        return Messages.text("volume.axis.x", columns);
    }

    /** The height axis's label: "y = 256". */
    static String height(int rows) {
        return Messages.text("volume.axis.y", rows);
    }

    /** The time axis's label: "t = 16 frames". */
    static String time(int frames) {
        return Messages.text(frames == 1 ? "volume.axis.frame" : "volume.axis.frames", frames);
    }

    /** The look of a label, its text {@code px} pixels high. */
    static String style(double px) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-weight: bold;"
                + " -fx-text-fill: #f2f2f2; -fx-background-color: rgba(18,22,28,0.78); -fx-background-radius: 6;"
                + " -fx-padding: 0.1em 0.4em 0.1em 0.4em;", px);
    }

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

    /** An area, in this pane's coordinates, that no label may cover; null for none. */
    void keepOff(Bounds area) {
        keepOff = area;
    }

    /** Re-projects every label through the current camera; {@code space} holds the 3D points. */
    void update(Node space) {
        List<Bounds> placed = new ArrayList<>();
        if (keepOff != null) {
            placed.add(keepOff);
        }
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
            double[] spot = clear(left, top, w, h, ux, uy, placed);
            label.resizeRelocate(Math.round(spot[0]), Math.round(spot[1]), w, h);
            placed.add(new BoundingBox(spot[0], spot[1], w, h));
        }
    }

    /**
     * The top left corner nearest ({@code left}, {@code top}) at which a w x h label lies inside the pane and
     * off every area in {@code taken}: first further along its outward direction, then down, then up.
     */
    private double[] clear(double left, double top, double w, double h, double ux, double uy, List<Bounds> taken) {
        double[][] directions = {{ux, uy}, {0, 1}, {0, -1}};
        for (double[] d : directions) {
            for (int step = 0; step < 200; step++) {
                double x = inside(left + step * 2 * d[0], w, getWidth());
                double y = inside(top + step * 2 * d[1], h, getHeight());
                if (free(x, y, w, h, taken)) {
                    return new double[] {x, y};
                }
            }
        }
        return new double[] {inside(left, w, getWidth()), inside(top, h, getHeight())};
    }

    private static double inside(double at, double size, double room) {
        return Math.max(AIR, Math.min(room - size - AIR, at));
    }

    private static boolean free(double x, double y, double w, double h, List<Bounds> taken) {
        for (Bounds b : taken) {
            if (x < b.getMaxX() + AIR && x + w + AIR > b.getMinX() && y < b.getMaxY() + AIR && y + h + AIR > b.getMinY()) {
                return false;
            }
        }
        return true;
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
