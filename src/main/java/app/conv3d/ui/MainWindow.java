package app.conv3d.ui;

import app.conv3d.ui.app.Shortcut;
import app.conv3d.ui.closeup.CloseUpView;
import app.conv3d.ui.features.FeatureView;
import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.files.NativeFileChoice;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.kernel.KernelLabPane;
import app.conv3d.ui.layout.LayoutMemory;
import app.conv3d.ui.layout.SideColumn;
import app.conv3d.ui.layout.StageLayoutModel;
import app.conv3d.ui.layout.StagePane;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.live.LiveMode;
import app.conv3d.ui.live.LiveStrip;
import app.conv3d.ui.math.MathPanel;
import app.conv3d.ui.settings.UserSettings;
import app.conv3d.ui.live.LiveCamera;
import app.conv3d.ui.train.ClassRecorder;
import app.conv3d.ui.train.live.LiveClassifyModel;
import app.conv3d.ui.train.TrainModeView;
import app.conv3d.ui.train.TrainRunModel;
import app.conv3d.ui.volume.VolumeView;
import app.conv3d.ui.walkthrough.WalkthroughControls;
import app.conv3d.ui.walkthrough.WalkthroughKeys;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The teaching window. The stage fills it: the input volume with the kernel in it and the features it produces,
 * the two largest regions side by side; beside them a column with the detail the teacher asks for (the arithmetic
 * at the kernel's position, or the kernel lab in its place); the top bar above, the walkthrough controls along the
 * bottom. Who shares the width how is {@link StageLayoutModel}'s to decide. The window owns its regions and hands
 * them out by name; nobody reaches into its panes.
 */
public final class MainWindow {
    public static final String TITLE = Messages.text("app.name");
    static final String STYLESHEET = "/app/conv3d/ui/explorer.css";
    /** From this window width on, fonts take the larger of their two sizes. */
    static final double WIDE = 1700;
    /** Ids of the window's regions, shared with the tests' page objects. */
    public static final String ROOT_ID = "mainWindow";
    public static final String FEATURES_ID = "featureScroll";
    public static final String KERNEL_LAB_ID = "kernelLabDrawer";

    private final Lesson lesson;
    private final LayoutMemory memory;
    private final StageLayoutModel layout;
    private final VolumeView volume;
    private final FeatureView featureView;
    private final ScrollPane features;
    private final MathPanel mathPanel;
    private final SideColumn side;
    private final StagePane stage;
    private final LessonBar bar;
    private final ErrorBanner banner;
    private final VBox top;
    private final WalkthroughControls controls;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final CloseUpView closeUp;
    private ScrollPane kernelLab; // made on first use
    private final TrainRunModel trainRun;
    private TrainModeView trainView; // made on first use
    /** The Train mode's live classification: its camera opens only while its pane shows (null before Train). */
    private LiveClassifyModel trainLive;
    private UserSettings settings = UserSettings.none();
    private FileChoice fileChoice = new NativeFileChoice(UserSettings.none());
    private MenuBar menuBar;
    /** Whether the window was full screen before the presentation view made it so. */
    private boolean fullScreenBefore;

    /** The window on {@code lesson}, laid out as it was last left by nobody: the default shares. */
    public MainWindow(Lesson lesson, double width, double height) {
        this(lesson, width, height, LayoutMemory.none());
    }

    /** The window on {@code lesson}, its dividers where {@code memory} remembers them. */
    public MainWindow(Lesson lesson, double width, double height, LayoutMemory memory) {
        this.lesson = Objects.requireNonNull(lesson);
        this.memory = Objects.requireNonNull(memory);
        this.layout = new StageLayoutModel(memory);
        layout.resize(width);

        volume = VolumeView.create();
        volume.volumeProperty().bind(Bindings.createObjectBinding(
                () -> lesson.computedProperty().get() == null ? null : lesson.computedProperty().get().volume(),
                lesson.computedProperty()));
        volume.fieldProperty().bind(lesson.fieldProperty()); // where the kernel is, every frame of a sweep
        volume.glideProperty().bind(lesson.glideProperty());
        volume.placeholderProperty().bind(lesson.placeholderProperty());
        volume.hoverFieldProperty().bind(lesson.hover().fieldProperty());
        volume.getStyleClass().add("panel");

        mathPanel = new MathPanel(lesson); // keeps its answer in view and scrolls the derivation itself
        featureView = new FeatureView(lesson);
        // Fills its pane; only where the window is short for the text size (a full-HD screen at 200%) do the
        // controls under the slice scroll rather than push the walkthrough off the bottom.
        features = scroll(featureView, FEATURES_ID);
        features.setFitToHeight(true);

        closeUp = new CloseUpView(lesson);
        side = new SideColumn();
        side.setCloseUp(closeUp);
        layout.setCloseUpPresent(true);
        stage = new StagePane(layout, volume, features, side);
        bar = new LessonBar(lesson);
        banner = new ErrorBanner(lesson);
        top = new VBox(bar, new LiveStrip(bar.liveMode()), banner);
        controls = new WalkthroughControls(lesson);
        trainRun = new TrainRunModel(lesson.background(), lesson.deliver());

        root.setId(ROOT_ID);
        root.getStyleClass().add("main-window");
        root.setTop(top);
        root.setCenter(stage);
        root.setBottom(controls);

        bar.kernelLabShownProperty().set(layout.kernelLabShownProperty().get());
        bar.kernelLabShownProperty().addListener((obs, old, now) -> layout.setKernelLabShown(now));
        layout.kernelLabShownProperty().addListener((obs, old, now) -> bar.kernelLabShownProperty().set(now));
        bar.arithmeticShownProperty().set(layout.arithmeticShownProperty().get());
        bar.arithmeticShownProperty().addListener((obs, old, now) -> layout.setArithmeticShown(now));
        layout.arithmeticShownProperty().addListener((obs, old, now) -> bar.arithmeticShownProperty().set(now));
        layout.arithmeticShownProperty().addListener((obs, old, now) -> showDetail());
        layout.kernelLabShownProperty().addListener((obs, old, now) -> showDetail());
        bar.trainShownProperty().addListener((obs, old, now) -> showTrain(now));
        layout.presentingProperty().addListener((obs, old, now) -> present(now));
        layout.presentingProperty().addListener((obs, old, now) -> showDetail());
        showDetail();

        scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        WalkthroughKeys.install(scene, lesson);
        scene.getAccelerators().put(Shortcut.KERNEL_LAB.combination(), layout::toggleKernelLab);
        scene.getAccelerators().put(Shortcut.ARITHMETIC.combination(), layout::toggleArithmetic);
        scene.getAccelerators().put(Shortcut.PRESENTATION.combination(), layout::togglePresentation);
        scene.getAccelerators().put(Shortcut.TRAIN.combination(), this::toggleTrain);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && layout.presentingProperty().get()) {
                layout.setPresenting(false);
                e.consume();
            }
        });
        LiveMode live = bar.liveMode();
        // the freeze key, read at the scene as the walkthrough's keys are (not while typing)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.FREEZE.combination().match(e) && live.activeProperty().get()
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                live.toggleFreeze();
                e.consume();
            }
        });
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window instanceof Stage s) {
                // Esc leaves full screen before the scene sees it: the presentation view goes with it.
                s.fullScreenProperty().addListener((o, was, full) -> {
                    if (!full && layout.presentingProperty().get()) {
                        layout.setPresenting(false);
                    }
                });
                s.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
                    memory.flush();
                    if (trainLive != null) {
                        trainLive.close();
                    }
                });
                // minimised, nobody watches: live mode rests (no grabbing, no convolving)
                s.iconifiedProperty().addListener((o, was, iconified) -> live.setWatched(!iconified));
            }
        });
        // On a big screen everything grows a step: the back row reads the numbers, not the layout.
        scene.widthProperty().addListener((obs, old, now) -> wide(now.doubleValue()));
        wide(width);
    }

    public Scene scene() {
        return scene;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Who shares the width how: the dividers, the arithmetic folded or not, the lab, the presentation view. */
    public StageLayoutModel layout() {
        return layout;
    }

    /** The input clip as a box with the kernel in it. */
    public VolumeView volumeView() {
        return volume;
    }

    /** The feature view itself (its slice, player and scale). */
    public FeatureView featureView() {
        return featureView;
    }

    /** The feature view's region on screen (it scrolls where the window is short for the text size). */
    public Region features() {
        return features;
    }

    /** The arithmetic at the kernel's position; it shows only while {@link #layout()} says so. */
    public MathPanel arithmetic() {
        return mathPanel;
    }

    /** The kernel lab's region once the teacher has opened it (it is made on first use). */
    public Optional<Region> kernelLab() {
        return Optional.ofNullable(kernelLab);
    }

    /** The Train mode's region once the teacher has opened it (it is made on first use). */
    public Optional<TrainModeView> train() {
        return Optional.ofNullable(trainView);
    }

    /** The Train mode's model: the clips, the options, the trainings and what they learned (saved with the lesson). */
    public TrainRunModel trainRun() {
        return trainRun;
    }

    /** Whether the Train mode is in the stage's place (the top bar's Train toggle). */
    public javafx.beans.property.BooleanProperty trainShownProperty() {
        return bar.trainShownProperty();
    }

    /** The Train mode in the stage's place, or the stage back. */
    public void toggleTrain() {
        bar.trainShownProperty().set(!bar.trainShownProperty().get());
    }

    /** The volume, the features and the side column, with their dividers. */
    public StagePane stage() {
        return stage;
    }

    /** The column beside the stage: the close-up's slot on top, the arithmetic or the lab under it. */
    public SideColumn side() {
        return side;
    }

    /** The walkthrough's controls along the bottom. */
    public WalkthroughControls controls() {
        return controls;
    }

    /** The top bar. */
    public Region lessonBar() {
        return bar;
    }

    /** Live mode: the camera's rolling window in the stage, from the top bar's Live toggle. */
    public LiveMode live() {
        return bar.liveMode();
    }

    /** The teacher's settings (the classroom's, once installed): the Train mode's recordings remember the camera. */
    public void setSettings(UserSettings teacher) {
        settings = java.util.Objects.requireNonNull(teacher);
    }

    /** How the kernel lab's Load and Save buttons choose files: the classroom's choice, once installed. */
    public void setFileChoice(FileChoice files) {
        fileChoice = java.util.Objects.requireNonNull(files);
    }

    /** What the top bar's Record button does (the classroom's Record from camera, once installed). */
    public void setRecording(Runnable action) {
        bar.setRecording(action);
    }

    /** The receptive field magnified, at the top of the side column; it stays beside the stage when presenting. */
    public CloseUpView closeUp() {
        return closeUp;
    }

    /** The menu bar above the top bar (the classroom's); it hides with the bar in the presentation view. */
    public void setMenuBar(MenuBar menus) {
        if (menuBar != null) {
            top.getChildren().remove(menuBar);
        }
        menuBar = menus;
        if (menus != null) {
            menus.visibleProperty().bind(bar.visibleProperty());
            menus.managedProperty().bind(bar.visibleProperty());
            top.getChildren().add(0, menus);
        }
    }

    /** What a recorded walkthrough photographs: the stage's two views, left to right. */
    public List<Node> recordedViews() {
        return List.of(volume, features);
    }

    private void showDetail() {
        if (layout.presentingProperty().get()) {
            side.setDetail(null);
        } else if (layout.kernelLabShownProperty().get()) {
            if (kernelLab == null) {
                kernelLab = scroll(new KernelLabPane(lesson, () -> fileChoice), KERNEL_LAB_ID);
            }
            side.setDetail(kernelLab);
        } else {
            side.setDetail(layout.arithmeticShownProperty().get() ? mathPanel : null);
        }
    }

    /** The Train mode swaps in for the stage and the walkthrough's controls, which belong to the stage. */
    private void showTrain(boolean on) {
        if (on && trainView == null) {
            trainView = new TrainModeView(trainRun, lesson, () -> fileChoice);
            trainView.useTrainingSet(ClassRecorder.dialog(settings));
            trainLive = new LiveClassifyModel(null, LiveCamera.fromSetting());
            trainView.useLiveClassify(trainLive);
            trainView.setShowLab(() -> {
                bar.trainShownProperty().set(false);
                layout.setKernelLabShown(true);
            });
        }
        if (on) {
            trainView.offerPracticeSet();
        }
        root.setCenter(on ? trainView : stage);
        controls.setVisible(!on);
        controls.setManaged(!on);
    }

    /** The presentation view: the stage and the controls, full screen; the bar and the menus come back after. */
    private void present(boolean on) {
        bar.setVisible(!on);
        bar.setManaged(!on);
        if (scene.getWindow() instanceof Stage s) {
            if (on) {
                fullScreenBefore = s.isFullScreen();
                s.setFullScreen(true);
            } else if (!fullScreenBefore) {
                s.setFullScreen(false);
            }
        }
    }

    private void wide(double width) {
        var classes = root.getStyleClass();
        if (width >= WIDE && !classes.contains("wide")) {
            classes.add("wide");
        } else if (width < WIDE) {
            classes.remove("wide");
        }
    }

    private static ScrollPane scroll(Node content, String id) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("math-scroll");
        pane.setId(id);
        pane.setMinSize(0, 0);
        return UncachedScroll.of(pane); // the slice grows at every frame of a sweep
    }
}
