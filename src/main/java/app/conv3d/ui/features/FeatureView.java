package app.conv3d.ui.features;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.ConvShape;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Normalization;
import app.conv3d.core.ValueRange;
import app.conv3d.core.Volume;
import app.conv3d.ui.FxImages;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.HoverModel;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.SlicePreview;
import app.conv3d.ui.math.Numbers;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The feature volume one slice at a time: the slice the kernel is filling, large, pixels appearing as it
 * sweeps; the input frame that slice starts from beside it; the colour scale; a slice slider and player.
 * Clicking a pixel moves the kernel there.
 */
public final class FeatureView extends VBox {
    /** The output slice; its large hovered value has this id + "Callout". */
    public static final String OUTPUT_ID = "featureImage";
    public static final String HOVER_ID = "hoverLabel";
    private final Lesson lesson;
    private final Label title = new Label();
    private final PixelCanvas output = new PixelCanvas(OUTPUT_ID);
    private final PixelCanvas input = new PixelCanvas("inputFrameImage");
    private final Label inputCaption = new Label();
    private final Tooltip inputTip = new Tooltip();
    private final Label hover = new Label();
    private final ColorBar colorBar = new ColorBar();
    private final RevealedSlice painter = new RevealedSlice();
    private final Slider slices = new Slider(0, 1, 0);
    private final Label sliceLabel = new Label();
    private final Button slicePlay = new Button(Messages.text("features.playSlices"));
    private boolean updatingSlider;
    private Volume inputVolume; // the input image shows frame inputFrame of inputVolume
    private int inputFrame = -1;

    public FeatureView(Lesson lesson) {
        this.lesson = lesson;
        setId("featureView");
        getStyleClass().addAll("panel", "feature-view");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        // a wrapped title takes the lines it needs; the slice image gives way
        title.setMinHeight(Region.USE_PREF_SIZE);
        hover.setId(HOVER_ID);
        hover.getStyleClass().add("note");
        inputCaption.getStyleClass().add("note");
        Tooltip.install(input, inputTip);

        output.setOnPixelClicked((y, x) -> lesson.moveTo(lesson.viewSliceProperty().get(), y, x));
        HoverModel hovered = lesson.hover();
        output.setOnPixelHovered((y, x) -> hovered.hover(lesson.viewSliceProperty().get(), y, x), hovered::clear);
        hovered.positionProperty().addListener((obs, old, now) -> showHover());
        hovered.valueProperty().addListener((obs, old, now) -> showHover());
        hovered.reachedProperty().addListener((obs, old, now) -> showHover());
        input.setMinSize(150, 150);
        input.setPrefSize(150, 150);
        input.setMaxSize(150, 150);
        inputCaption.setWrapText(true);
        inputCaption.setMinHeight(Region.USE_PREF_SIZE);
        VBox inputBox = new VBox(4, input, inputCaption);
        inputBox.setAlignment(Pos.TOP_CENTER);
        // as wide as the frame, or as its caption where that is wider: the hint beside it gives way, not the caption
        inputBox.setMaxWidth(Region.USE_PREF_SIZE);
        inputBox.setMinWidth(Region.USE_PREF_SIZE);
        hover.setWrapText(true);
        hover.setMinWidth(0);
        hover.setMinHeight(Region.USE_PREF_SIZE);

        CheckBox showAll = new CheckBox(Messages.text("features.showAll"));
        showAll.setId("showAll");
        showAll.setFocusTraversable(false);
        showAll.selectedProperty().addListener((obs, old, now) -> lesson.setShowAll(now));
        lesson.showAllProperty().addListener((obs, old, now) -> showAll.setSelected(now));
        ChoiceBox<Normalization> normalization = choice("normalizationChoice", Normalization.values(),
                CoreNames::normalizationName);
        normalization.setValue(lesson.displayProperty().get().normalization());
        normalization.setOnAction(e -> lesson.setNormalization(normalization.getValue()));
        ChoiceBox<Colormap> colormap = choice("colormapChoice", Colormap.values(), CoreNames::colormapName);
        colormap.setValue(lesson.displayProperty().get().colormap());
        colormap.setOnAction(e -> lesson.setColormap(colormap.getValue()));
        // the menu, an opened lesson or a preset may change the display: the choices say what is shown
        lesson.displayProperty().addListener((obs, old, now) -> {
            normalization.setValue(now.normalization());
            colormap.setValue(now.colormap());
        });
        FlowPane mapping = new FlowPane(14, 8, showAll, labelled(Messages.text("features.scale"), normalization),
                labelled(Messages.text("features.colours"), colormap));
        mapping.setAlignment(Pos.CENTER_LEFT);
        for (Node n : mapping.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }

        slices.setId("sliceSlider");
        slices.setFocusTraversable(false);
        slices.setMajorTickUnit(1);
        slices.setMinorTickCount(0);
        slices.setSnapToTicks(true);
        slices.setBlockIncrement(1);
        HBox.setHgrow(slices, Priority.ALWAYS);
        slices.valueProperty().addListener((obs, old, now) -> {
            if (!updatingSlider) {
                lesson.showSlice((int) Math.round(now.doubleValue()));
            }
        });
        slicePlay.setId("slicePlay");
        slicePlay.setFocusTraversable(false);
        slicePlay.setOnAction(e -> lesson.toggleSlicePlay());
        lesson.slicesPlayingProperty().addListener((obs, old, now) ->
                slicePlay.setText(Messages.text(now ? "features.stopSlices" : "features.playSlices")));
        sliceLabel.setId("sliceLabel");
        slicePlay.setMinWidth(Region.USE_PREF_SIZE);
        sliceLabel.setMinWidth(Region.USE_PREF_SIZE);
        slices.setMinWidth(60);
        HBox sliceRow = new HBox(10, slicePlay, slices, sliceLabel);
        sliceRow.setAlignment(Pos.CENTER_LEFT);

        // The slice is the stage's answer and takes the height; the input frame it reads stands beside it (the
        // pane is wider than the square slice needs), and the controls keep to a few rows under it.
        HBox.setHgrow(output, Priority.ALWAYS);
        HBox picture = new HBox(12, output, inputBox);
        VBox.setVgrow(picture, Priority.ALWAYS);
        hover.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, picture, colorBar, hover, mapping, sliceRow);
        showHover();

        lesson.computedProperty().addListener((obs, old, now) -> refresh());
        lesson.previewProperty().addListener((obs, old, now) -> refresh());
        // The pulse after the one that hands the slice over: by then the renderer has drawn it (a frame is a few ms
        // here), and the volume's convolution no longer takes the processor from it.
        lesson.setAfterFirstPicture(task -> afterNextPulse(() -> afterNextPulse(task)));
        lesson.kernelIndexProperty().addListener((obs, old, now) -> refresh());
        lesson.displayProperty().addListener((obs, old, now) -> refresh());
        lesson.displayRangeProperty().addListener((obs, old, now) -> refresh());
        lesson.positionProperty().addListener((obs, old, now) -> refresh());
        lesson.viewSliceProperty().addListener((obs, old, now) -> refresh());
        lesson.showAllProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * On a short pane the input frame shrinks (to 90 pixels) before the slice it explains does, and the slice
     * keeps at least a third of the pane's width: where even that does not fit, the pane scrolls (MainWindow).
     */
    @Override
    protected void layoutChildren() {
        double least = Math.round(Math.max(80, Math.min(320, 0.35 * getWidth())));
        if (output.getMinHeight() != least) {
            output.setMinHeight(least);
        }
        double side = Math.round(Math.max(90, Math.min(150, 0.17 * getHeight())));
        if (input.getMaxWidth() != side) {
            input.setMinSize(side, side);
            input.setPrefSize(side, side);
            input.setMaxSize(side, side);
        }
        super.layoutChildren();
    }

    private static HBox labelled(String text, Node control) {
        HBox box = new HBox(8, new Label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, java.util.function.Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.setFocusTraversable(false);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        return box;
    }

    private void refresh() {
        Computed c = lesson.computedProperty().get();
        if (c == null || lesson.displayRangeProperty().get() == null) {
            title.setText(Messages.text("features.computing"));
            return;
        }
        FeatureVolume f = c.features();
        int n = lesson.kernelIndexProperty().get();
        int t = lesson.viewSliceProperty().get();
        FeatureDisplay display = lesson.displayProperty().get();
        ValueRange range = lesson.displayRangeProperty().get();
        // non-breaking spaces: a narrow pane wraps after "Features:", never inside "slice 3 of 0–11"
        title.setText(Messages.text("features.title", t, f.frames() - 1));
        SlicePreview ahead = lesson.previewProperty().get();
        if (ahead != null && ahead.shown() == c && ahead.slice() == t) {
            // new kernels: this slice is ready, the rest of the volume (and its colour scale) follows. The scale on
            // screen stays until then: a small weight edit changes the picture once, where the slice's own scale
            // made every edit flash brighter and settle back
            show(painter.paint(ahead.features(), n, 0, display, range, lesson.revealedPixels(t)));
        } else {
            show(painter.paint(f, n, t, display, range, lesson.revealedPixels(t)));
        }
        Axis3 here = lesson.positions().at(lesson.positionProperty().get());
        if (here.t() == t) {
            output.setMarker(here.h(), here.w());
        } else {
            output.setMarker(-1, -1);
        }
        showInputFrame(c, t);
        colorBar.show(display.colormap(), range);
        updatingSlider = true;
        slices.setMax(Math.max(1, f.frames() - 1));
        slices.setDisable(f.frames() < 2);
        slices.setValue(t);
        updatingSlider = false;
        sliceLabel.setText(Messages.text("features.slice", t));
    }

    private void show(RevealedSlice.Painted slice) {
        output.setPixels(slice.width(), slice.height(), slice.pixels(), slice.fromRow(), slice.toRow());
    }

    /**
     * Runs {@code task} once the next pulse has handed its frame (with this view's new slice) to the renderer; at
     * once when the view is not in a window.
     */
    private void afterNextPulse(Runnable task) {
        Scene scene = getScene();
        if (scene == null) {
            task.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(task); // after this pulse's frame is handed over
            }
        });
        Platform.requestNextPulse();
    }

    /** The first input frame output slice {@code t} reads (its receptive field's first frame, clamped). */
    private void showInputFrame(Computed c, int t) {
        ConvShape shape = c.shape();
        int frame = Math.max(0, Math.min(c.volume().frames() - 1, t * shape.stride().t() - shape.padding().t()));
        if (c.volume() != inputVolume || frame != inputFrame) {
            input.setPixels(c.volume().width(), c.volume().height(), FxImages.frameArgb(c.volume(), frame, 1), 0,
                    c.volume().height());
            inputVolume = c.volume();
            inputFrame = frame;
        }
        int last = t * shape.stride().t() - shape.padding().t()
                + shape.dilation().t() * (shape.kernel().t() - 1);
        inputCaption.setText(Messages.text("features.inputFrame", frame));
        inputTip.setText(Messages.text("features.inputFrame.tip", t, frame,
                Math.min(c.volume().frames() - 1, last)));
    }

    /** The hovered value in words under the slice, and in large type beside the mouse. */
    private void showHover() {
        HoverModel hovered = lesson.hover();
        Axis3 p = hovered.positionProperty().get();
        if (p == null) {
            hover.setText(Messages.text("features.hover"));
            output.setCallout(null);
            return;
        }
        String where = Messages.text("features.where", p.t(), p.h(), p.w());
        if (hovered.reachedProperty().get()) {
            String value = Numbers.value(hovered.valueProperty().get());
            hover.setText(where + " = " + value);
            output.setCallout(value);
        } else {
            hover.setText(Messages.text("features.notReached", where));
            output.setCallout("?");
        }
    }
}
