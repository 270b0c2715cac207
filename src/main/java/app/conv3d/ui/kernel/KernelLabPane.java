package app.conv3d.ui.kernel;

import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.files.NativeFileChoice;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.settings.UserSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The kernel lab, a side panel of the teaching window: choose or build kernels, set the geometry, edit weights,
 * compare 2D with 3D, keep a bank of up to eight kernels, load and save them. Every change goes to the lesson,
 * which recomputes off the FX thread; this pane only shows and forwards.
 */
public final class KernelLabPane extends VBox {
    /** Wide enough for a 7-column weight grid and the per-axis formulas at 16 px. */
    public static final double PREFERRED_WIDTH = 560;
    static final String STYLESHEET = "/app/conv3d/ui/kernel/kernel-lab.css";

    private final KernelLabModel lab;

    /** A lab whose files are chosen with the platform's dialogs, remembering nothing (tests, snapshots). */
    public KernelLabPane(Lesson lesson) {
        this(lesson, () -> new NativeFileChoice(UserSettings.none()));
    }

    /** A lab whose Load and Save buttons ask {@code files}, the window's file choice at the time of asking. */
    public KernelLabPane(Lesson lesson, Supplier<FileChoice> files) {
        this.lab = new KernelLabModel(lesson);
        setId("kernelLab");
        getStyleClass().add("kernel-lab");
        getStylesheets().add(Objects.requireNonNull(KernelLabPane.class.getResource(STYLESHEET)).toExternalForm());
        setPrefWidth(PREFERRED_WIDTH);
        setMinWidth(420);

        Label title = new Label(Messages.text("lab.title"));
        title.getStyleClass().add("lab-title");
        SegmentedChoice<Boolean> dimension = new SegmentedChoice<>("dimensionChoice", List.of(false, true),
                flat -> Messages.text(flat ? "lab.dimension.2d" : "lab.dimension.3d"), lab::setFrameByFrame);
        dimension.show(false);
        lab.frameByFrameProperty().addListener((obs, old, now) -> dimension.show(now));
        // beside the title where there is room, under it in a narrow lab or at a large text size
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane top = new FlowPane(16, 6, title, dimension);
        top.setAlignment(Pos.CENTER_LEFT);
        Label dimensionNote = new Label();
        dimensionNote.setId("dimensionNote");
        dimensionNote.getStyleClass().add("note");
        dimensionNote.setWrapText(true);
        // Hosted in a window that is short of height, the scrolling body gives way, not the header's lines.
        dimensionNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dimensionNote.textProperty().bind(javafx.beans.binding.Bindings.when(lab.frameByFrameProperty())
                .then(Messages.text("lab.dimension.2d.note"))
                .otherwise(Messages.text("lab.dimension.3d.note")));
        VBox header = new VBox(6, top, dimensionNote);
        header.getStyleClass().add("lab-header");

        VBox body = new VBox(
                section(Messages.text("lab.section.preset")), new PresetChooser(lab.presets()),
                section(Messages.text("lab.section.geometry")), new GeometryControls(lab.geometry(), lab),
                section(Messages.text("lab.section.weights")), new WeightGrid(lab.weights(), lab),
                section(Messages.text("lab.section.bank")), new BankGrid(lab, lesson),
                section(Messages.text("lab.section.files")), new FileButtons(lab.files(), files));
        body.getStyleClass().add("lab-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lab-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(header, messageBar(), scroll);
    }

    /** The lab's model, for tests and for a window that wants to follow the lab's state. */
    public KernelLabModel model() {
        return lab;
    }

    /**
     * The lab's one-line outcome, in a strip of fixed height that is there with or without a message: a message
     * that pushed the controls down as it came and up as it went moved them under the mouse (a second click on
     * stride landed on kernel size). Two lines fit; a longer message ends in an ellipsis with the whole in a tooltip.
     */
    private HBox messageBar() {
        Label text = new Label();
        text.setId("labMessage");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMaxHeight(Double.MAX_VALUE);
        text.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        HBox.setHgrow(text, Priority.ALWAYS);
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(PREFERRED_WIDTH);
        Button dismiss = new Button("\u2715");
        dismiss.setId("dismissLabMessage");
        dismiss.setFocusTraversable(false);
        dismiss.setOnAction(e -> lab.dismissMessage());
        HBox bar = new HBox(text, dismiss);
        bar.getStyleClass().add("lab-message");
        bar.setAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            LabMessage m = lab.messageProperty().get();
            text.setVisible(m != null);
            dismiss.setVisible(m != null);
            text.setText(m == null ? "" : m.text());
            whole.setText(m == null ? "" : m.text());
            text.setTooltip(m == null ? null : whole);
            bar.getStyleClass().removeAll("error", "empty");
            bar.getStyleClass().add(m == null ? "empty" : m.error() ? "error" : "info");
        };
        lab.messageProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return bar;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
