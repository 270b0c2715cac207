package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.ui.lesson.KernelGlide;
import javafx.scene.DepthTest;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;

/**
 * The kernel's reach: a translucent orange block with bright edges. It is drawn over the slabs
 * (depth test off) because it usually sits inside the stack, where the frames in front would hide it.
 */
final class KernelBox extends Group {
    static final Color EDGE = Color.rgb(255, 150, 20);
    static final double FILL_OPACITY = 0.22;
    /** Prism blends 3D materials as premultiplied colours, so the fill's colour is scaled by its alpha. */
    private static final Color FILL_3D = Color.color(EDGE.getRed() * FILL_OPACITY, EDGE.getGreen() * FILL_OPACITY,
            EDGE.getBlue() * FILL_OPACITY, FILL_OPACITY);

    private final Box fill = new Box();
    private final EdgeBox edges = new EdgeBox(EDGE, 2.2);

    KernelBox() {
        fill.setMaterial(new PhongMaterial(FILL_3D));
        getChildren().addAll(fill, edges);
        setDepthTest(DepthTest.DISABLE);
        setVisible(false);
    }

    /** Moves and resizes the box onto the field; null hides it. */
    void show(ReceptiveField field, StackGeometry geometry, KernelGlide glide) {
        if (field == null || geometry == null) {
            setVisible(false);
            return;
        }
        double[] b = geometry.box(field, glide);
        fill.setTranslateX((b[0] + b[3]) / 2);
        fill.setTranslateY((b[1] + b[4]) / 2);
        fill.setTranslateZ((b[2] + b[5]) / 2);
        fill.setWidth(b[3] - b[0]);
        fill.setHeight(b[4] - b[1]);
        fill.setDepth(b[5] - b[2]);
        edges.setBounds(b);
        setVisible(true);
    }
}
