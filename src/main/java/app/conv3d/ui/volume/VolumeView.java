package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.KernelGlide;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The input clip as a stack of frames with the kernel's box inside it. Callers place it and set its
 * properties; it brings its own small toolbar (reset, explode).
 */
public abstract class VolumeView extends Region {
    /** System property that forces the flat view ({@code -Dconv3d.view=2d}), e.g. on a weak projector PC. */
    public static final String VIEW_PROPERTY = "conv3d.view";
    /** The kernel's edges, here and wherever the kernel's field is drawn (the close-up). */
    public static final Color KERNEL_EDGE = KernelBox.EDGE;
    /** The edges of the field of the feature value under the mouse, here and in the close-up. */
    public static final Color HOVER_EDGE = Color.rgb(255, 70, 220);

    private final ObjectProperty<Volume> volume = new SimpleObjectProperty<>(this, "volume");
    private final ObjectProperty<ReceptiveField> field = new SimpleObjectProperty<>(this, "field");
    private final ObjectProperty<ReceptiveField> hoverField = new SimpleObjectProperty<>(this, "hoverField");
    private final ObjectProperty<KernelGlide> glide = new SimpleObjectProperty<>(this, "glide", KernelGlide.NONE);
    private final javafx.beans.property.StringProperty placeholder =
            new javafx.beans.property.SimpleStringProperty(this, "placeholder", "No clip yet: record one or open a file");
    private final DoubleProperty explode = new SimpleDoubleProperty(this, "explode", 0.4);
    private final VolumeToolbar toolbar;
    private final Node content;
    /** Never shown: its font is the window's text font, which the toolbar and the picture's labels follow. */
    private final Label em = new Label();
    private double toolbarPx = -1;

    /** {@code turnable}: whether the user can turn the picture (and so needs a reset button). */
    protected VolumeView(Node content, boolean turnable) {
        this.content = content;
        this.toolbar = new VolumeToolbar(explode, this::resetView, turnable);
        getStyleClass().add("volume-view");
        // small enough that the kernel lab fits beside the three panes on a 1280-pixel projector
        setMinSize(120, 160);
        setPrefSize(800, 600);
        em.setManaged(false);
        em.setVisible(false);
        getChildren().addAll(content, toolbar, em);
    }

    /** The 3D view where the graphics card can do 3D, else the flat isometric drawing. */
    public static VolumeView create() {
        boolean forced2d = "2d".equalsIgnoreCase(System.getProperty(VIEW_PROPERTY, ""));
        if (!forced2d && Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return new Volume3dView();
        }
        return new IsometricVolumeView();
    }

    /** The clip shown; null shows a hint instead. */
    public ObjectProperty<Volume> volumeProperty() {
        return volume;
    }

    /** The input region the current output value sees; null hides the kernel. */
    public ObjectProperty<ReceptiveField> fieldProperty() {
        return field;
    }

    /** The input region of the feature value under the mouse, outlined beside the kernel; null: none. */
    public ObjectProperty<ReceptiveField> hoverFieldProperty() {
        return hoverField;
    }

    /** How far from the field the kernel is drawn while it glides to its next position; null or NONE: at rest. */
    public ObjectProperty<KernelGlide> glideProperty() {
        return glide;
    }

    /** What the picture says while there is no clip: none yet, or what is loading. */
    public javafx.beans.property.StringProperty placeholderProperty() {
        return placeholder;
    }

    /** 0: slabs touch, a solid block; 1: slabs spread apart so each frame shows. */
    public DoubleProperty explodeProperty() {
        return explode;
    }

    /** Back to the starting angle and zoom (nothing to do where the picture cannot be turned). */
    public abstract void resetView();

    /**
     * Where the kernel's box shows in the window, in the scene's pixels: the bounding box of its corners as drawn
     * (projected through the camera in 3D). Empty while no kernel is shown.
     */
    public abstract java.util.Optional<javafx.geometry.Bounds> kernelSceneBounds();

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        // The toolbar's text is the window's, a step smaller, and smaller still in a pane too narrow for its words.
        double px = Math.max(12, Math.min(0.941 * em.getFont().getSize(), w / 13));
        if (Math.abs(px - toolbarPx) > 0.25) {
            toolbarPx = px;
            toolbar.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px));
            toolbar.applyCss();
        }
        double barHeight = Math.min(h, toolbar.prefHeight(w));
        toolbar.resizeRelocate(in.getLeft(), in.getTop() + h - barHeight, w, barHeight);
        layoutContent(in.getLeft(), in.getTop(), w, Math.max(0, h - barHeight));
    }

    /**
     * The size in pixels of the text drawn on a picture of {@code width} x {@code height}: a little larger than
     * the window's text (so it follows the text size setting), but never so large that the labels crowd a
     * small picture.
     */
    protected double pictureTextSize(double width, double height) {
        double byPane = Math.min(width, height) / 17;
        return Math.max(12, Math.min(1.25 * em.getFont().getSize(), byPane));
    }

    /** Sizes the picture to the area above the toolbar. */
    protected void layoutContent(double x, double y, double width, double height) {
        content.resizeRelocate(x, y, width, height);
    }
}
