package app.conv3d.ui.math;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.Walkthrough;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The arithmetic at the kernel's current position: one kernel frame and channel at a time as
 * input x weights = products, the partial sums, bias and ReLU, and the output value; under it the
 * same layer as PyTorch code. It only shows what {@link Lesson#walkthroughProperty()} holds.
 */
public final class MathPanel extends VBox {
    private final Lesson lesson;
    private final Label title = new Label();
    private final HBox frameButtons = new HBox();
    private final HBox channelButtons = new HBox();
    private final ToggleGroup frames = new ToggleGroup();
    private final ToggleGroup channels = new ToggleGroup();
    private final Label frameNote = new Label();
    private final ValueGrid inputs = new ValueGrid("inputGrid", Messages.text("math.input"));
    private final ValueGrid weights = new ValueGrid("weightGrid", Messages.text("math.weights"));
    private final ValueGrid products = new ValueGrid("productGrid", Messages.text("math.products"));
    private final Label gridSum = new Label();
    private final PartialSums partials = new PartialSums();
    private final Label sumLine = new Label();
    private final Label value = new Label();
    private final Label code = new Label();

    public MathPanel(Lesson lesson) {
        this.lesson = lesson;
        setId("mathPanel");
        getStyleClass().addAll("panel", "math-panel");
        title.getStyleClass().add("panel-title");
        frameButtons.setId("mathFrameSelector");
        channelButtons.setId("mathChannelSelector");
        frameButtons.getStyleClass().add("segmented");
        channelButtons.getStyleClass().add("segmented");
        frameNote.getStyleClass().add("note");
        gridSum.setId("gridSum");
        sumLine.setId("sumLine");
        sumLine.getStyleClass().add("sum-line");
        sumLine.setWrapText(true);
        value.setId("mathValue");
        value.getStyleClass().add("output-value");
        code.setId("torchCode");
        code.getStyleClass().add("code");
        code.setWrapText(true);

        Label frameLabel = new Label(Messages.text("math.kernelFrame"));
        Label channelLabel = new Label(Messages.text("math.channel"));
        FlowPane selectors = new FlowPane(12, 8, row(frameLabel, frameButtons), row(channelLabel, channelButtons));
        selectors.setAlignment(Pos.CENTER_LEFT);
        frameLabel.setMinWidth(Region.USE_PREF_SIZE);
        channelLabel.setMinWidth(Region.USE_PREF_SIZE);
        // The answer first: on a small screen the derivation scrolls, the output value stays in view above it, under
        // the position when the two do not fit on one line (a narrow column, a large text size).
        title.setMinWidth(Region.USE_PREF_SIZE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        app.conv3d.ui.AdaptiveBar header = new app.conv3d.ui.AdaptiveBar();
        header.setSpacing(12);
        header.leading().getChildren().add(title);
        header.trailing().getChildren().add(value);
        // Never wider than the column: in a column narrower than the position (a large text size) the answer
        // still shows whole on its own line, right-aligned; the position runs on past the edge instead.
        header.setMinWidth(0);
        frameNote.setWrapText(true);
        frameNote.setMinHeight(Region.USE_PREF_SIZE);
        // input x weights on one line, "= products" with their sum under it: fits a third of a projector.
        FlowPane factors = new FlowPane(6, 10, inputs, operator("\u00d7"), weights);
        VBox productSide = new VBox(8, gridSum);
        productSide.setAlignment(Pos.CENTER_LEFT);
        FlowPane result = new FlowPane(6, 10, operator("="), products, productSide);
        result.setAlignment(Pos.CENTER_LEFT);
        // The header stays put; the derivation under it scrolls, both ways in a column narrower than its grids.
        VBox derivation = new VBox(10, selectors, frameNote, factors, result, partials, sumLine, code);
        derivation.getStyleClass().add("math-derivation");
        ScrollPane scroll = new ScrollPane(derivation);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("math-scroll");
        scroll.setMinSize(0, 0);
        app.conv3d.ui.UncachedScroll.of(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setMinSize(0, 0);
        getChildren().addAll(header, scroll);

        lesson.walkthroughProperty().addListener((obs, old, now) -> refresh());
        lesson.mathFrameProperty().addListener((obs, old, now) -> refresh());
        lesson.mathChannelProperty().addListener((obs, old, now) -> refresh());
        lesson.computedProperty().addListener((obs, old, now) -> refreshCode(now));
        refresh();
        refreshCode(lesson.computedProperty().get());
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(10, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label operator(String symbol) {
        Label l = new Label(symbol);
        l.getStyleClass().add("operator");
        return l;
    }

    private void refresh() {
        Walkthrough w = lesson.walkthroughProperty().get();
        if (w == null) {
            title.setText(Messages.text("math.computing"));
            return;
        }
        Axis3 k = w.kernelSize();
        Axis3 p = w.position();
        int a = lesson.mathFrameProperty().get();
        int c = lesson.mathChannelProperty().get();
        title.setText(lesson.computedProperty().get().bank().count() > 1
                ? Messages.text("math.titleInBank", p.t(), p.h(), p.w(), w.kernelIndex())
                : Messages.text("math.title", p.t(), p.h(), p.w()));
        rebuildSelectors(k.t(), w.channels(), a, c);
        int inputFrame = w.field().origin().t() + a * w.field().step().t();
        frameNote.setText(Messages.text(inputFrame < 0 || inputFrame >= w.shape().input().t() ? "math.frameNote.padding"
                : "math.frameNote", a, inputFrame, Numbers.channel(c, w.channels())));
        inputs.show(k.h(), k.w(), (b, d) -> w.inPadding(a, b, d)
                ? new ValueGrid.Cell("0", "padding")
                : new ValueGrid.Cell(Numbers.input(w.input(a, b, d, c)), "input"));
        weights.show(k.h(), k.w(), (b, d) -> signed(w.weight(a, b, d, c)));
        products.show(k.h(), k.w(), (b, d) -> signed(w.product(a, b, d, c)));
        gridSum.setText(Messages.text("math.gridSum", k.h() * k.w(), Numbers.value(w.gridSum(a, c))));
        partials.show(w);
        String sum = Messages.text("math.sum", k.product() * w.channels(), Numbers.value(w.sum()),
                Numbers.value(w.bias()), Numbers.value(w.preActivation()));
        sumLine.setText(w.relu() ? sum + "   ReLU \u2192 " + Numbers.value(w.value()) : sum);
        value.setText("= " + Numbers.value(w.value()));
    }

    private static ValueGrid.Cell signed(float v) {
        return new ValueGrid.Cell(Numbers.value(v), v < 0 ? "negative" : "positive");
    }

    private void rebuildSelectors(int kernelFrames, int channelCount, int a, int c) {
        if (frameButtons.getChildren().size() != kernelFrames) {
            frameButtons.getChildren().clear();
            frames.getToggles().clear();
            for (int i = 0; i < kernelFrames; i++) {
                int index = i;
                frameButtons.getChildren().add(toggle(Integer.toString(i), frames, () -> lesson.selectMathFrame(index)));
            }
        }
        if (channelButtons.getChildren().size() != channelCount) {
            channelButtons.getChildren().clear();
            channels.getToggles().clear();
            for (int i = 0; i < channelCount; i++) {
                int index = i;
                channelButtons.getChildren().add(
                        toggle(Numbers.channel(i, channelCount), channels, () -> lesson.selectMathChannel(index)));
            }
        }
        frames.selectToggle(frames.getToggles().get(a));
        channels.selectToggle(channels.getToggles().get(c));
    }

    private static ToggleButton toggle(String text, ToggleGroup group, Runnable onSelect) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setFocusTraversable(false); // Space and arrows belong to the walkthrough
        b.setOnAction(e -> {
            onSelect.run();
            b.setSelected(true); // a segmented choice never ends up with nothing selected
        });
        return b;
    }

    private void refreshCode(Computed c) {
        if (c == null) {
            code.setText("");
            return;
        }
        ConvShape shape = c.shape();
        int ch = c.volume().channels();
        StringBuilder s = new StringBuilder(TorchSnippet.layer(shape, ch, c.bank(), c.spec().relu())).append('\n')
                .append(TorchSnippet.shapes(shape, ch, c.bank().count()));
        for (int axis = 0; axis < 3; axis++) {
            s.append('\n').append("# ").append(CoreNames.axis(axis)).append(": ").append(shape.formula(axis));
        }
        code.setText(s.toString());
    }
}
