package app.conv3d.ui.volume;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/** An arrow under the stack pointing from the first frame to the last, with a tick under every frame. */
final class TimeAxis extends Group {
    static final Color COLOR = Color.rgb(120, 200, 255);
    private static final double BAR = 1.6;
    private static final double HEAD = 12;

    private final PhongMaterial material = new PhongMaterial(COLOR);
    private final Box bar = new Box();
    private final MeshView head = new MeshView(arrowHead());
    private final Group ticks = new Group();
    private double[] start = new double[3];
    private double[] end = new double[3];

    TimeAxis() {
        bar.setMaterial(material);
        head.setMaterial(material);
        getChildren().addAll(bar, head, ticks);
    }

    /** Lays the arrow along the bottom right edge of the stack. */
    void layout(StackGeometry g) {
        double gap = 0.08 * StackGeometry.SIDE;
        double x = g.width() / 2;
        double y = g.height() / 2 + gap;
        double z0 = g.zFront(0) - gap / 2;
        double z1 = g.zBack(g.frames() - 1) + gap;
        start = new double[] {x, y, z0};
        end = new double[] {x, y, z1 + HEAD};
        bar.setWidth(BAR);
        bar.setHeight(BAR);
        bar.setDepth(z1 - z0);
        bar.setTranslateX(x);
        bar.setTranslateY(y);
        bar.setTranslateZ((z0 + z1) / 2);
        head.setTranslateX(x);
        head.setTranslateY(y);
        head.setTranslateZ(z1);
        // One tick per frame, kept while the frame count stays: live mode lays the axis out again per picture.
        if (ticks.getChildren().size() != g.frames()) {
            ticks.getChildren().clear();
            for (int t = 0; t < g.frames(); t++) {
                Box mark = new Box();
                mark.setMaterial(material);
                ticks.getChildren().add(mark);
            }
        }
        double tick = gap * 0.45;
        for (int t = 0; t < g.frames(); t++) {
            Box mark = (Box) ticks.getChildren().get(t);
            mark.setWidth(BAR);
            mark.setHeight(tick);
            mark.setDepth(BAR);
            mark.setTranslateX(x);
            mark.setTranslateY(y - tick / 2);
            mark.setTranslateZ(g.z(t));
        }
    }

    /** Where the arrow starts (before frame 0), in view units. */
    double[] start() {
        return start.clone();
    }

    /** The arrow's tip. */
    double[] end() {
        return end.clone();
    }

    /** A four-sided pyramid pointing along +z, base at z = 0. */
    private static TriangleMesh arrowHead() {
        float r = (float) (HEAD * 0.45);
        float l = (float) HEAD;
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().addAll(-r, -r, 0, r, -r, 0, r, r, 0, -r, r, 0, 0, 0, l);
        mesh.getTexCoords().addAll(0, 0);
        mesh.getFaces().addAll(
                0, 0, 1, 0, 4, 0, 1, 0, 2, 0, 4, 0, 2, 0, 3, 0, 4, 0, 3, 0, 0, 0, 4, 0,
                0, 0, 2, 0, 1, 0, 0, 0, 3, 0, 2, 0);
        return mesh;
    }
}
