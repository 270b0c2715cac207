package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.DepthTest;
import javafx.scene.Group;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The clip as textured slabs in real 3D: drag to turn, scroll to zoom, double-click to reset. */
public final class Volume3dView extends VolumeView {
    static final Color BACKGROUND = Color.rgb(28, 32, 40);
    /** The kernel's legend's distance from the picture's top left corner. */
    private static final double LEGEND_INSET = 12;

    private final Group world = new Group();
    private final SubScene subScene;
    private final OrbitCamera orbit;
    private final SlabStack slabs = new SlabStack();
    private final EdgeBox outline = new EdgeBox(Color.gray(0.75), 0.9);
    private final TimeAxis timeAxis = new TimeAxis();
    private final KernelBox kernel = new KernelBox();
    /** The field of the feature value under the mouse: edges only, drawn over the slabs like the kernel. */
    private final EdgeBox hoverBox = new EdgeBox(HOVER_EDGE, 1.6);
    private final AxisLabels labels = new AxisLabels();
    private final Label xLabel = labels.add("volume-label-x", AxisLabels.style(22));
    private final Label yLabel = labels.add("volume-label-y", AxisLabels.style(22));
    private final Label tLabel = labels.add("volume-label-t", AxisLabels.style(22));
    private final Label kernelLabel = new Label();
    private final Label hint = new Label();
    private StackGeometry geometry;
    private double textSize = 22;

    Volume3dView() {
        this(new Pane());
    }

    private Volume3dView(Pane picture) {
        super(picture, true);
        Group root = new Group(world, new AmbientLight(Color.WHITE));
        // Opaque lines first, then the slabs (some of them glass), then the kernel drawn over everything.
        world.getChildren().addAll(outline, timeAxis, slabs, kernel, hoverBox);
        hoverBox.setDepthTest(DepthTest.DISABLE);
        hoverBox.setVisible(false);
        subScene = new SubScene(root, 800, 560, true, antialiasing());
        subScene.setFill(BACKGROUND);
        orbit = new OrbitCamera(world);
        subScene.setCamera(orbit.camera());
        hint.setStyle(AxisLabels.style(22));
        hint.textProperty().bind(placeholderProperty());
        hint.textProperty().addListener((obs, old, now) -> requestLayout());
        hint.setWrapText(true);
        hint.setManaged(false);
        kernelLabel.setId("volume-label-kernel");
        kernelLabel.setStyle(KernelCaption.style(20));
        kernelLabel.setManaged(false);
        kernelLabel.setMouseTransparent(true);
        picture.getChildren().addAll(subScene, labels, hint, kernelLabel);
        picture.setStyle("-fx-background-color: #1c2028;");
        // Labels pushed to the picture's edge must not spill over the next pane.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(picture.widthProperty());
        clip.heightProperty().bind(picture.heightProperty());
        picture.setClip(clip);
        orbit.attach(picture, this::refreshLabels);

        volumeProperty().addListener((obs, old, v) -> rebuild());
        explodeProperty().addListener((obs, old, e) -> relayout());
        // While a sweep plays within one output slice only the box moves: the slabs, legend and labels stay.
        fieldProperty().addListener((obs, old, f) -> {
            if (geometry != null && old != null && StackGeometry.sameFrames(old, f, geometry.frames())) {
                kernel.show(f, geometry, glideProperty().get());
            } else {
                showField();
            }
        });
        glideProperty().addListener((obs, old, g) -> kernel.show(getField(), geometry, g));
        hoverFieldProperty().addListener((obs, old, f) -> showHover());
        rebuild();
    }

    /**
     * Smooth edges, except where JavaFX was forced to draw 3D on a renderer it does not trust (e.g. Mesa's software
     * llvmpipe, the only 3D on a machine without a graphics card): there 4x multisampling cost a third of every frame
     * of a sweep (200 against 130 ms of CPU at 1920x1080), and the kernel's motion matters more than its edges.
     */
    private static SceneAntialiasing antialiasing() {
        return Boolean.getBoolean("prism.forceGPU") ? SceneAntialiasing.DISABLED : SceneAntialiasing.BALANCED;
    }

    @Override
    public void resetView() {
        orbit.reset();
        refreshLabels();
    }

    @Override
    public java.util.Optional<javafx.geometry.Bounds> kernelSceneBounds() {
        ReceptiveField field = getField();
        if (field == null || geometry == null || getScene() == null) {
            return java.util.Optional.empty();
        }
        double[] b = geometry.box(field);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 8; i++) {
            // through the sub-scene's camera into the window
            Point3D p = world.localToScene(new Point3D((i & 1) == 0 ? b[0] : b[3], (i & 2) == 0 ? b[1] : b[4],
                    (i & 4) == 0 ? b[2] : b[5]), true);
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return java.util.Optional.of(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    @Override
    protected void layoutContent(double x, double y, double width, double height) {
        super.layoutContent(x, y, width, height);
        subScene.setWidth(width);
        subScene.setHeight(height);
        labels.resize(width, height);
        double size = pictureTextSize(width, height);
        if (Math.abs(size - textSize) > 0.25) {
            textSize = size;
            for (Label label : new Label[] {xLabel, yLabel, tLabel, hint}) {
                label.setStyle(AxisLabels.style(size));
                label.applyCss();
            }
            kernelLabel.setStyle(KernelCaption.style(0.9 * size));
            kernelLabel.applyCss();
        }
        double hw = Math.min(hint.prefWidth(-1), width - 16);
        double hh = hint.prefHeight(hw);
        hint.resizeRelocate(Math.round((width - hw) / 2), Math.round((height - hh) / 2), hw, hh);
        placeLegend();
        fitCamera();
        refreshLabels();
    }

    /**
     * The kernel's legend stays in the top left corner: a label riding on the moving box would jitter. Where one
     * line is wider than the picture it takes two; the axis labels keep off it.
     */
    private void placeLegend() {
        ReceptiveField field = getField();
        if (field == null || geometry == null) {
            labels.keepOff(null);
            return;
        }
        String caption = KernelCaption.of(field, geometry.frames());
        kernelLabel.setText(caption);
        double room = subScene.getWidth() - 2 * LEGEND_INSET;
        if (kernelLabel.prefWidth(-1) > room) {
            kernelLabel.setText(KernelCaption.twoLines(caption));
        }
        double w = Math.min(room, kernelLabel.prefWidth(-1));
        double h = kernelLabel.prefHeight(w);
        kernelLabel.resizeRelocate(LEGEND_INSET, LEGEND_INSET, w, h);
        labels.keepOff(new BoundingBox(LEGEND_INSET, LEGEND_INSET, w, h));
    }

    private void rebuild() {
        Volume volume = getVolume();
        geometry = volume == null ? null
                : new StackGeometry(volume.frames(), volume.height(), volume.width(), explodeProperty().get());
        slabs.setVolume(volume, geometry);
        hint.setVisible(volume == null);
        outline.setVisible(volume != null);
        timeAxis.setVisible(volume != null);
        for (Label label : new Label[] {xLabel, yLabel, tLabel}) {
            label.setVisible(volume != null);
        }
        if (volume != null) {
            xLabel.setText(AxisLabels.width(volume.width()));
            yLabel.setText(AxisLabels.height(volume.height()));
            tLabel.setText(AxisLabels.time(volume.frames()));
        }
        relayout();
    }

    private void relayout() {
        Volume volume = getVolume();
        if (volume == null) {
            showField();
            return;
        }
        geometry = new StackGeometry(volume.frames(), volume.height(), volume.width(), explodeProperty().get());
        slabs.layout(geometry);
        outline.setBounds(new double[] {
            -geometry.width() / 2, -geometry.height() / 2, geometry.zFront(0),
            geometry.width() / 2, geometry.height() / 2, geometry.zBack(volume.frames() - 1)});
        timeAxis.layout(geometry);
        fitCamera();
        showField();
    }

    private void showHover() {
        ReceptiveField hover = hoverFieldProperty().get();
        hoverBox.setVisible(hover != null && geometry != null);
        if (hoverBox.isVisible()) {
            hoverBox.setBounds(geometry.box(hover));
        }
    }

    private void showField() {
        showHover();
        ReceptiveField field = geometry == null ? null : getField();
        slabs.emphasize(field);
        kernel.show(field, geometry, glideProperty().get());
        kernelLabel.setVisible(field != null);
        placeLegend();
        refreshLabels();
    }

    /**
     * The stack fills the picture less the room its labels need: a few lines of label at the top and bottom
     * (the legend, x and t) and a label's width beside it, so they have somewhere to go.
     */
    private void fitCamera() {
        if (geometry != null) {
            double w = subScene.getWidth();
            double h = subScene.getHeight();
            double side = Math.max(yLabel.prefWidth(-1), 0.5 * tLabel.prefWidth(-1));
            double line = tLabel.prefHeight(-1);
            double freeW = Math.max(w / 3, w - side);
            double freeH = Math.max(h / 3, h - 5 * line);
            double shrink = w <= 0 || h <= 0 ? 1 : Math.max(w / freeW, h / freeH);
            orbit.fit((geometry.radius() + 0.2 * StackGeometry.SIDE) * shrink, w, h);
        }
    }

    private void refreshLabels() {
        if (geometry == null) {
            return;
        }
        Point3D eye = world.parentToLocal(new Point3D(0, 0, orbit.camera().getTranslateZ()));
        slabs.sortForViewer(eye.getZ());
        double w = geometry.width() / 2;
        double h = geometry.height() / 2;
        double front = geometry.zFront(0);
        double m = 4;
        // x and y sit outside the front frame's bottom and left edges, sides the home view never shows.
        Point3D frontCentre = new Point3D(0, 0, front);
        labels.pin(xLabel, new Point3D(0, h + m, front), frontCentre,
                new Point3D(-w, h, front), new Point3D(w, h, front));
        labels.pin(yLabel, new Point3D(-w - m, 0, front), frontCentre,
                new Point3D(-w, -h, front), new Point3D(-w, h, front));
        // t names the arrow from its middle, pushed away from the stack: the tip can point into the screen.
        Point3D start = point(timeAxis.start());
        Point3D tip = point(timeAxis.end());
        Point3D stackCentre = new Point3D(0, 0, (front + geometry.zBack(geometry.frames() - 1)) / 2);
        labels.pin(tLabel, start.midpoint(tip).add(0, m, 0), stackCentre, start, tip);
        labels.update(world);
    }

    private static Point3D point(double[] xyz) {
        return new Point3D(xyz[0], xyz[1], xyz[2]);
    }

    private Volume getVolume() {
        return volumeProperty().get();
    }

    private ReceptiveField getField() {
        return fieldProperty().get();
    }
}
