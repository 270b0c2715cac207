package app.conv3d.ui.volume;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;

/** The twelve edges of an axis-aligned box, as thin bars; moved by resizing, never rebuilt. */
final class EdgeBox extends Group {
    private final Box[] edges = new Box[12];
    private final double thickness;

    EdgeBox(Color color, double thickness) {
        this.thickness = thickness;
        PhongMaterial material = new PhongMaterial(color);
        for (int i = 0; i < edges.length; i++) {
            edges[i] = new Box();
            edges[i].setMaterial(material);
        }
        getChildren().addAll(edges);
    }

    /** Puts the edges on the box {minX, minY, minZ, maxX, maxY, maxZ}. */
    void setBounds(double[] b) {
        double cx = (b[0] + b[3]) / 2;
        double cy = (b[1] + b[4]) / 2;
        double cz = (b[2] + b[5]) / 2;
        double sx = b[3] - b[0] + thickness;
        double sy = b[4] - b[1] + thickness;
        double sz = b[5] - b[2] + thickness;
        int i = 0;
        for (double y : new double[] {b[1], b[4]}) {
            for (double z : new double[] {b[2], b[5]}) {
                place(edges[i++], cx, y, z, sx, thickness, thickness);
            }
        }
        for (double x : new double[] {b[0], b[3]}) {
            for (double z : new double[] {b[2], b[5]}) {
                place(edges[i++], x, cy, z, thickness, sy, thickness);
            }
        }
        for (double x : new double[] {b[0], b[3]}) {
            for (double y : new double[] {b[1], b[4]}) {
                place(edges[i++], x, y, cz, thickness, thickness, sz);
            }
        }
    }

    private static void place(Box box, double x, double y, double z, double w, double h, double d) {
        box.setTranslateX(x);
        box.setTranslateY(y);
        box.setTranslateZ(z);
        box.setWidth(w);
        box.setHeight(h);
        box.setDepth(d);
    }
}
