package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.ui.lesson.KernelGlide;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Draws the stack in a cabinet projection: frames face the viewer undistorted (so pixels stay crisp)
 * and time recedes up and to the right at half scale. Same view space as the 3D view.
 */
final class IsometricPainter {
    private static final double RECEDE_X = 0.5 * Math.cos(Math.toRadians(35));
    private static final double RECEDE_Y = 0.5 * Math.sin(Math.toRadians(35));
    /** Air between the picture's edge, the stack and the labels. */
    private static final double GAP = 8;
    /** Opacity of frames the kernel does not read: faint enough that several in front still let it show. */
    private static final double GLASS = 0.09;
    private static final Color LABEL_BACK = Color.rgb(18, 22, 28, 0.78);

    private final GraphicsContext gc;
    /** One per run of glass faces drawn together, kept by the view from one picture to the next. */
    private final List<GlassPicture> glass;
    private final double width;
    private final double height;
    private final Font labelFont;
    private final Font kernelFont;
    /** The label plates drawn by the last {@link #paint}, for tests: none may overlap another or leave the picture. */
    private final List<Bounds> plates = new ArrayList<>();
    /** Room kept free of the stack for the labels, decided by their size. */
    private double marginLeft;
    private double marginTop;
    private double marginBottom;
    // the right needs only air: the t label is pulled in from the edge and goes under x if they meet
    private double scale;
    private double originX;
    private double originY;

    /** {@code textSize}: the labels' text height in pixels. */
    IsometricPainter(GraphicsContext gc, double width, double height, double textSize, List<GlassPicture> glass) {
        this.gc = gc;
        this.glass = glass;
        this.width = width;
        this.height = height;
        this.labelFont = Font.font("System", FontWeight.BOLD, textSize);
        this.kernelFont = Font.font("System", FontWeight.BOLD, 0.9 * textSize);
    }

    List<Bounds> plates() {
        return List.copyOf(plates);
    }

    /**
     * The stack, its frames dimmed where {@code field} does not read them, and the kernel's legend; the kernel's box
     * itself is drawn over the canvas ({@link KernelOverlay}, placed by {@link #kernelCorners}). Without a clip, just
     * {@code placeholder}.
     */
    void paint(StackGeometry g, Image[] frames, ReceptiveField field, String placeholder) {
        plates.clear();
        gc.setFill(Volume3dView.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        if (g == null || frames.length == 0) {
            label(placeholder, width / 2, height / 2, 0.5, 0.5, labelFont, Color.WHITE);
            return;
        }
        String xText = AxisLabels.width(g.columns());
        String yText = AxisLabels.height(g.rows());
        String tText = AxisLabels.time(g.frames());
        String caption = field == null ? null : legend(KernelCaption.of(field, g.frames()));
        double[] yPlate = plate(yText, labelFont);
        double[] tPlate = plate(tText, labelFont);
        double[] xPlate = plate(xText, labelFont);
        marginLeft = yPlate[0] + 2 * GAP;
        marginTop = (caption == null ? 0 : plate(caption, kernelFont)[1]) + 2 * GAP;
        // x under the front face; t under the arrow (pulled in from the right edge), below x should the two meet
        marginBottom = xPlate[1] + tPlate[1] + 3 * GAP;
        fit(g);
        // frames blown up keep hard pixel edges; frames shrunk are averaged, else whole rows drop out as stairs
        gc.setImageSmoothing(g.width() * scale < g.columns());
        double w2 = g.width() / 2;
        double h2 = g.height() / 2;
        // Glass faces next to each other in drawing order are blended into one layer, drawn once after them.
        int runs = 0;
        int runBack = -1;
        GlassPicture run = null;
        for (int t = frames.length - 1; t >= 0; t--) {
            boolean dim = field != null && !StackGeometry.covers(field, t);
            if (dim && run == null) {
                run = glassRun(g, runs++, t);
                runBack = t;
            }
            paintSlab(g, frames[t], t, dim ? run : null);
            if (run != null && (t == 0 || StackGeometry.covers(field, t - 1))) {
                paintGlass(run, g, frames, runBack, t);
                run = null;
            }
        }
        gc.setLineWidth(1.5);
        gc.setStroke(Color.gray(0.75));
        edges(new double[] {-w2, -h2, g.zFront(0), w2, h2, g.zBack(g.frames() - 1)});
        double[] mid = paintTimeAxis(g);
        if (caption != null) {
            label(caption, GAP, GAP, 0, 0, kernelFont, Color.rgb(255, 176, 48));
        }
        Point2D bottom = project(0, h2, g.zFront(0));
        double[] x = label(xText, bottom.getX(), bottom.getY() + GAP, 0.5, 0, labelFont, Color.WHITE);
        Point2D left = project(-w2, 0, g.zFront(0));
        label(yText, left.getX() - GAP, left.getY(), 1, 0.5, labelFont, Color.WHITE);
        double tLeft = Math.min(mid[0] + GAP, width - tPlate[0] - GAP);
        double tTop = mid[1] + GAP;
        if (tLeft < x[0] + x[2] + GAP && tTop < x[1] + x[3] + GAP) {
            tTop = x[1] + x[3] + GAP;
        }
        label(tText, tLeft, tTop, 0, 0, labelFont, Color.WHITE);
    }

    /** The kernel's legend, on two lines when one would be wider than the picture. */
    private String legend(String caption) {
        return plate(caption, kernelFont)[0] > width - 2 * GAP ? KernelCaption.twoLines(caption) : caption;
    }

    private void fit(StackGeometry g) {
        double w2 = g.width() / 2;
        double h2 = g.height() / 2;
        double z0 = g.zFront(0);
        double z1 = g.zBack(g.frames() - 1) + axisGap() * 2;
        double minX = -w2 + z0 * RECEDE_X;
        double maxX = w2 + z1 * RECEDE_X;
        double minY = -h2 - z1 * RECEDE_Y;
        double maxY = h2 + axisGap() - z0 * RECEDE_Y;
        double availW = Math.max(10, width - marginLeft - GAP);
        double availH = Math.max(10, height - marginTop - marginBottom);
        scale = Math.min(availW / (maxX - minX), availH / (maxY - minY));
        originX = marginLeft + (availW - (maxX - minX) * scale) / 2 - minX * scale;
        originY = marginTop + (availH - (maxY - minY) * scale) / 2 - minY * scale;
    }

    private Point2D project(double x, double y, double z) {
        return new Point2D(originX + scale * (x + z * RECEDE_X), originY + scale * (y - z * RECEDE_Y));
    }

    /** The layer for the run of glass faces from frame {@code back} to the front, cleared over their area. */
    private GlassPicture glassRun(StackGeometry g, int index, int back) {
        while (glass.size() <= index) {
            glass.add(new GlassPicture());
        }
        GlassPicture run = glass.get(index);
        double w2 = g.width() / 2;
        double h2 = g.height() / 2;
        // the faces shift up and right going back: the back face's top right and the front's bottom left bound them
        Point2D topRight = project(w2, -h2, g.zFront(back));
        Point2D bottomLeft = project(-w2, h2, g.zFront(0));
        run.layer.clear(Math.floor(bottomLeft.getX()), Math.floor(topRight.getY()),
                Math.ceil(topRight.getX()), Math.ceil(bottomLeft.getY()));
        return run;
    }

    /**
     * The run of glass slabs from {@code back} to {@code front}: the layer holding their faces, then their sides and
     * edges. An edge drawn before the faces in front of it would show through each at 91 %, so it is drawn over
     * them that much fainter; sides lie above the faces in front and show as they are.
     */
    private void paintGlass(GlassPicture run, StackGeometry g, Image[] frames, int back, int front) {
        Image image = run.image();
        gc.save();
        gc.setImageSmoothing(true);
        gc.drawImage(image, run.layer.left(), run.layer.top(), run.layer.canvasWidth(), run.layer.canvasHeight());
        gc.restore();
        for (int t = back; t >= front; t--) {
            Point2D[] p = slabCorners(g, t);
            paintSides(p, frames[t], GLASS);
            paintEdges(p, Math.pow(1 - GLASS, t - front));
        }
    }

    /**
     * Slab {@code t}: its sides and edges, and its front face unless it is glass ({@code glassRun} not null), whose
     * face goes into the run's layer and whose sides and edges {@link #paintGlass} draws over the layer.
     */
    private void paintSlab(StackGeometry g, Image frame, int t, GlassPicture glassRun) {
        Point2D[] p = slabCorners(g, t);
        Point2D a = p[0];
        Point2D b = p[1];
        if (glassRun != null) {
            glassRun.layer.add(glassRun.pixelsOf(frame), (int) frame.getWidth(), (int) frame.getHeight(),
                    a.getX(), a.getY(), b.getX(), b.getY(), GLASS);
            return;
        }
        paintSides(p, frame, 1);
        gc.drawImage(frame, a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
        paintEdges(p, 1);
    }

    /**
     * Slab t's corners on the canvas: front top left, front bottom right, back top right, back top left, back bottom
     * right.
     */
    private Point2D[] slabCorners(StackGeometry g, int t) {
        double w2 = g.width() / 2;
        double h2 = g.height() / 2;
        return new Point2D[] {project(-w2, -h2, g.zFront(t)), project(w2, h2, g.zFront(t)),
            project(w2, -h2, g.zBack(t)), project(-w2, -h2, g.zBack(t)), project(w2, h2, g.zBack(t))};
    }

    /**
     * The slab's top and right sides ({@link #slabCorners}): the frame's top row and right column drawn through its thickness, as the
     * sides of a real block of video would.
     */
    private void paintSides(Point2D[] p, Image frame, double opacity) {
        Point2D a = p[0];
        Point2D b = p[1];
        Point2D c = p[2];
        Point2D d = p[3];
        Point2D f = new Point2D(b.getX(), a.getY());
        double iw = frame.getWidth();
        double ih = frame.getHeight();
        gc.save();
        gc.setGlobalAlpha(opacity);
        gc.setTransform(new Affine((f.getX() - a.getX()) / iw, d.getX() - a.getX(), a.getX(),
                0, d.getY() - a.getY(), a.getY()));
        gc.drawImage(frame, 0, 0, iw, 1, 0, 0, iw, 1);
        gc.setTransform(new Affine(c.getX() - f.getX(), 0, f.getX(),
                c.getY() - f.getY(), (b.getY() - f.getY()) / ih, f.getY()));
        gc.drawImage(frame, iw - 1, 0, 1, ih, 0, 0, 1, ih);
        gc.restore();
    }

    /** The slab's outline ({@link #slabCorners}); {@code opacity} scales its usual 0.8. */
    private void paintEdges(Point2D[] p, double opacity) {
        Point2D a = p[0];
        Point2D b = p[1];
        Point2D c = p[2];
        Point2D d = p[3];
        Point2D e = p[4];
        gc.setStroke(Color.rgb(10, 12, 16, 0.8 * opacity));
        gc.setLineWidth(1);
        gc.strokePolygon(new double[] {a.getX(), d.getX(), c.getX(), e.getX(), b.getX(), a.getX()},
                new double[] {a.getY(), d.getY(), c.getY(), e.getY(), b.getY(), b.getY()}, 6);
    }

    private double axisGap() {
        return 0.08 * StackGeometry.SIDE;
    }

    /** The arrow under the stack's bottom right edge; returns its midpoint. */
    private double[] paintTimeAxis(StackGeometry g) {
        double x = g.width() / 2;
        double y = g.height() / 2 + axisGap();
        Point2D from = project(x, y, g.zFront(0) - axisGap() / 2);
        Point2D to = project(x, y, g.zBack(g.frames() - 1) + axisGap() * 2);
        gc.setStroke(TimeAxis.COLOR);
        gc.setFill(TimeAxis.COLOR);
        gc.setLineWidth(2.5);
        gc.strokeLine(from.getX(), from.getY(), to.getX(), to.getY());
        double tick = axisGap() * 0.45;
        for (int t = 0; t < g.frames(); t++) {
            Point2D p = project(x, y, g.z(t));
            Point2D q = project(x, y - tick, g.z(t));
            gc.strokeLine(p.getX(), p.getY(), q.getX(), q.getY());
        }
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double head = 14;
        gc.fillPolygon(
                new double[] {to.getX() + ux * head, to.getX() - uy * head * 0.5, to.getX() + uy * head * 0.5},
                new double[] {to.getY() + uy * head, to.getY() + ux * head * 0.5, to.getY() - ux * head * 0.5}, 3);
        // The label goes below the middle of the arrow, where nothing else is drawn.
        return new double[] {(from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2};
    }

    /** Outlines the field of the hovered feature value over what {@link #paint} drew; null draws nothing. */
    void paintHover(StackGeometry g, ReceptiveField hover) {
        if (g == null || hover == null) {
            return;
        }
        gc.setStroke(VolumeView.HOVER_EDGE);
        gc.setLineWidth(2.5);
        edges(g.box(hover));
    }

    /**
     * The eight corners of the kernel's box on {@code field}, {@code glide} on from it, as the last {@link #paint}
     * projected the stack: index bit 0 picks the right side, bit 1 the bottom, bit 2 the back.
     */
    Point2D[] kernelCorners(StackGeometry g, ReceptiveField field, KernelGlide glide) {
        return corners(g.box(field, glide));
    }

    private Point2D[] corners(double[] b) {
        Point2D[] p = new Point2D[8];
        for (int i = 0; i < 8; i++) {
            p[i] = project((i & 1) == 0 ? b[0] : b[3], (i & 2) == 0 ? b[1] : b[4], (i & 4) == 0 ? b[2] : b[5]);
        }
        return p;
    }

    /** Strokes the twelve edges of the box {minX, minY, minZ, maxX, maxY, maxZ}. */
    private void edges(double[] b) {
        Point2D[] p = corners(b);
        for (int i = 0; i < 8; i++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((i & bit) == 0) {
                    gc.strokeLine(p[i].getX(), p[i].getY(), p[i | bit].getX(), p[i | bit].getY());
                }
            }
        }
    }

    /** The width and height of the plate {@link #label} draws for {@code text}. */
    private static double[] plate(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        double pad = 0.4 * font.getSize();
        return new double[] {probe.getLayoutBounds().getWidth() + 2 * pad, probe.getLayoutBounds().getHeight() + 4};
    }

    /**
     * Text on a dark rounded plate, kept inside the picture; (ax, ay) is the point of the plate placed at (x, y),
     * 0..1 each way. Returns the plate's left, top, width and height.
     */
    private double[] label(String text, double x, double y, double ax, double ay, Font font, Color color) {
        double[] size = plate(text, font);
        double w = size[0];
        double h = size[1];
        double pad = 0.4 * font.getSize();
        double left = Math.max(2, Math.min(width - w - 2, x - w * ax));
        double top = Math.max(2, Math.min(height - h - 2, y - h * ay));
        gc.setFill(LABEL_BACK);
        gc.fillRoundRect(left, top, w, h, 12, 12);
        gc.setFill(color);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, left + pad, top + 2);
        plates.add(new BoundingBox(left, top, w, h));
        return new double[] {left, top, w, h};
    }
}
