package app.conv3d.ui;

import app.conv3d.ui.app.Shortcut;
import app.conv3d.ui.features.FeatureView;
import app.conv3d.ui.kernel.KernelLabPane;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.math.MathPanel;
import app.conv3d.ui.volume.VolumeView;
import app.conv3d.ui.walkthrough.WalkthroughControls;
import app.conv3d.ui.walkthrough.WalkthroughKeys;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The teaching window, read left to right as the data flows: the input volume, the arithmetic at the
 * kernel's position, the features it produces; the walkthrough controls along the bottom.
 */
public final class MainWindow {
    public static final String TITLE = "Conv3D Explorer";
    static final String STYLESHEET = "/app/conv3d/ui/explorer.css";
    /** From this window width on, fonts take the larger of their two sizes. */
    static final double WIDE = 1700;

    private MainWindow() {
    }

    /** The window's scene for {@code lesson}, with its stylesheet and keyboard shortcuts. */
    public static Scene scene(Lesson lesson, double width, double height) {
        Scene scene = new Scene(root(lesson), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        WalkthroughKeys.install(scene, lesson);
        // On a big screen everything grows a step: the back row reads the numbers, not the layout.
        scene.widthProperty().addListener((obs, old, now) -> wide(scene, now.doubleValue()));
        wide(scene, width);
        return scene;
    }

    private static void wide(Scene scene, double width) {
        var classes = scene.getRoot().getStyleClass();
        if (width >= WIDE && !classes.contains("wide")) {
            classes.add("wide");
        } else if (width < WIDE) {
            classes.remove("wide");
        }
    }

    static BorderPane root(Lesson lesson) {
        VolumeView volume = VolumeView.create();
        volume.volumeProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> lesson.computedProperty().get() == null ? null : lesson.computedProperty().get().volume(),
                lesson.computedProperty()));
        volume.fieldProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> lesson.walkthroughProperty().get() == null ? null : lesson.walkthroughProperty().get().field(),
                lesson.walkthroughProperty()));
        volume.getStyleClass().add("panel");

        ScrollPane math = new ScrollPane(new MathPanel(lesson));
        math.setFitToWidth(true);
        math.getStyleClass().add("math-scroll");
        uncachedViewport(math);
        FeatureView features = new FeatureView(lesson);
        // Fills its column as before; only where the window is short for the text size (a full-HD screen at 200%)
        // do the controls under the slice scroll rather than push the walkthrough off the bottom.
        ScrollPane featureScroll = new ScrollPane(features);
        featureScroll.setFitToWidth(true);
        featureScroll.setFitToHeight(true);
        featureScroll.getStyleClass().add("math-scroll");
        featureScroll.setId("featureScroll");

        GridPane columns = new GridPane();
        columns.getStyleClass().add("columns");
        ColumnConstraints left = column(28);
        ColumnConstraints centre = column(40);
        ColumnConstraints right = column(32);
        columns.getColumnConstraints().addAll(left, centre, right);
        LessonBar bar = new LessonBar(lesson);
        // Measured in the window's text size (ems), so a large text size counts as a narrow window: below 94 em
        // (1600 pixels at 100%) the arithmetic keeps its width (input x weights on one line) and the sides give;
        // below 60 em (a full-HD screen at 200%) the features keep room for their slice player's row. With the
        // kernel lab open the teacher is changing the kernel to watch its features: they get the room, and on a
        // small screen (below 60 em beside the lab) the arithmetic scrolls.
        Runnable share = () -> {
            double em = Math.max(1, bar.textFontProperty().get().getSize());
            double ems = columns.getWidth() / em;
            boolean lab = bar.kernelLabShownProperty().get();
            if (lab && ems < 94) {
                left.setPercentWidth(24);
                centre.setPercentWidth(ems < 60 ? 38 : 44);
                right.setPercentWidth(ems < 60 ? 38 : 32);
                return;
            }
            left.setPercentWidth(ems < 60 ? 25 : ems < 94 ? 26 : 28);
            centre.setPercentWidth(ems < 94 ? 48 : 40);
            right.setPercentWidth(ems < 60 ? 27 : ems < 94 ? 26 : 32);
        };
        columns.widthProperty().addListener((obs, old, now) -> share.run());
        bar.textFontProperty().addListener((obs, old, now) -> share.run());
        bar.kernelLabShownProperty().addListener((obs, old, now) -> share.run());
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        columns.getRowConstraints().add(row);
        columns.add(volume, 0, 0);
        columns.add(math, 1, 0);
        columns.add(featureScroll, 2, 0);

        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        // The kernel lab slides in on the right while the teacher changes the kernel; made on first use.
        ScrollPane[] lab = new ScrollPane[1];
        bar.kernelLabShownProperty().addListener((obs, old, shown) -> {
            if (shown && lab[0] == null) {
                lab[0] = new ScrollPane(new KernelLabPane(lesson));
                lab[0].setFitToWidth(true);
                lab[0].setId("kernelLabDrawer");
                lab[0].getStyleClass().add("math-scroll");
                // its comfortable width at the window's text size, but never more than 40% of the window
                lab[0].prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.min(0.4 * root.getWidth(), (KernelLabPane.PREFERRED_WIDTH + 20)
                                * bar.textFontProperty().get().getSize() / 17),
                        root.widthProperty(), bar.textFontProperty()));
            }
            root.setRight(shown ? lab[0] : null);
        });
        BooleanProperty labShown = bar.kernelLabShownProperty();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(Shortcut.KERNEL_LAB.combination(), () -> labShown.set(!labShown.get()));
            }
        });
        root.setTop(new VBox(bar, new ErrorBanner(lesson)));
        root.setCenter(columns);
        root.setBottom(new WalkthroughControls(lesson));
        return root;
    }

    /**
     * The scroll pane keeps its content as a bitmap (the viewport is cached) so that scrolling is cheap. The
     * arithmetic changes at every step of the walkthrough and every kernel edit, and each change then redraws all
     * of it into the bitmap and the bitmap onto the window, where without it only the changed numbers are drawn.
     */
    private static void uncachedViewport(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> {
            javafx.scene.Node viewport = pane.lookup(".viewport"); // the scroll pane's documented substructure
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }
}
