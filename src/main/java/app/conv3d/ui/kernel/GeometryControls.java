package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Padding;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Kernel size, stride, dilation and padding per axis, ReLU, and what they give: the output size per axis with
 * PyTorch's formula in numbers. Values that would leave no output are refused with the reason underneath.
 */
final class GeometryControls extends VBox {
    private static final String[] AXES = {"time", "height", "width"};
    /** An output size of nothing; a pseudo-class, so the labels are not restyled from scratch at every change. */
    private static final PseudoClass NO_OUTPUT = PseudoClass.getPseudoClass("none");

    private final KernelLabModel lab;
    private final GeometryModel geometry;
    private final AxisSpinner[] size = new AxisSpinner[3];
    private final AxisSpinner[] stride = new AxisSpinner[3];
    private final AxisSpinner[] dilation = new AxisSpinner[3];
    private final AxisSpinner[] padding = new AxisSpinner[3];
    private final Label[] output = new Label[3];
    private final Label[] formula = new Label[3];
    private final SegmentedChoice<Padding.Mode> paddingMode;
    private final CheckBox relu = new CheckBox(Messages.text("lab.geometry.relu"));
    private final Label sameHint = new Label();
    private final Label refusal = new Label();

    GeometryControls(GeometryModel geometry, KernelLabModel lab) {
        this.geometry = geometry;
        this.lab = lab;
        setSpacing(8);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("geometry");
        for (int axis = 0; axis < 3; axis++) {
            Label head = new Label(AXES[axis]);
            head.getStyleClass().add("axis-head");
            GridPane.setHalignment(head, HPos.CENTER);
            grid.add(head, axis + 1, 0);
            int a = axis;
            size[axis] = new AxisSpinner("kernelSize-" + AXES[axis], 1, GeometryRules.MAX_KERNEL,
                    k -> geometry.setKernelSize(a, k));
            stride[axis] = new AxisSpinner("stride-" + AXES[axis], 1, GeometryRules.MAX_STRIDE,
                    s -> geometry.setStride(a, s));
            dilation[axis] = new AxisSpinner("dilation-" + AXES[axis], 1, GeometryRules.MAX_DILATION,
                    d -> geometry.setDilation(a, d));
            padding[axis] = new AxisSpinner("padding-" + AXES[axis], 0, GeometryRules.MAX_PADDING,
                    p -> geometry.setCustomPadding(a, p));
            output[axis] = new Label();
            output[axis].setId("output-" + AXES[axis]);
            output[axis].getStyleClass().add("output-size");
            GridPane.setHalignment(output[axis], HPos.CENTER);
            grid.add(size[axis], axis + 1, 1);
            grid.add(stride[axis], axis + 1, 2);
            grid.add(dilation[axis], axis + 1, 3);
            grid.add(padding[axis], axis + 1, 5);
            grid.add(output[axis], axis + 1, 6);
        }
        grid.add(rowName(Messages.text("lab.geometry.kernelSize")), 0, 1);
        grid.add(rowName(Messages.text("lab.geometry.stride")), 0, 2);
        grid.add(rowName(Messages.text("lab.geometry.dilation")), 0, 3);
        grid.add(rowName(Messages.text("lab.geometry.padding")), 0, 4);
        grid.add(rowName(Messages.text("lab.geometry.padEachSide")), 0, 5);
        grid.add(rowName(Messages.text("lab.geometry.outputSize")), 0, 6);

        paddingMode = new SegmentedChoice<>("paddingMode", List.of(Padding.Mode.values()),
                CoreNames::padding, geometry::setPaddingMode);
        paddingMode.button(Padding.Mode.VALID).setTooltip(new Tooltip(Messages.text("lab.geometry.valid.tip")));
        paddingMode.button(Padding.Mode.SAME).setTooltip(new Tooltip(Messages.text("lab.geometry.same.tip")));
        paddingMode.button(Padding.Mode.CUSTOM).setTooltip(new Tooltip(Messages.text("lab.geometry.custom.tip")));
        grid.add(paddingMode, 1, 4, 3, 1);

        relu.setId("reluCheck");
        relu.setFocusTraversable(false);
        relu.setOnAction(e -> geometry.setRelu(relu.isSelected()));

        GridPane formulas = new GridPane();
        formulas.setHgap(10);
        formulas.setVgap(2);
        for (int axis = 0; axis < 3; axis++) {
            formulas.add(rowName(CoreNames.axis(axis)), 0, axis);
            formula[axis] = new Label();
            formula[axis].setId("formula-" + AXES[axis]);
            formula[axis].getStyleClass().add("formula");
            // A narrow panel moves "= 252" to a second line rather than cutting the answer off.
            formula[axis].setWrapText(true);
            formulas.add(formula[axis], 1, axis);
        }
        Label formulaNote = new Label(Messages.text("lab.geometry.formula"));
        formulaNote.getStyleClass().add("note");
        formulaNote.setWrapText(true);

        sameHint.setId("sameHint");
        sameHint.getStyleClass().add("note");
        refusal.setId("geometryRefusal");
        refusal.getStyleClass().add("refusal");
        refusal.textProperty().bind(geometry.refusalProperty());
        refusal.visibleProperty().bind(geometry.refusalProperty().isNotNull());
        // Both in room kept for them, the refusal covering the hint while it lasts: a reason that came and went
        // below the spinners moved the ReLU box and everything under it.
        StackPane notes = new StackPane(fitted(sameHint), fitted(refusal));
        notes.getStyleClass().add("geometry-notes");
        notes.setAlignment(Pos.TOP_LEFT);

        getChildren().addAll(grid, notes, relu, formulaNote, formulas);

        lab.rulesProperty().addListener((obs, old, now) -> refresh());
        lab.frameByFrameProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Wraps within the notes' room; what does not fit ends in an ellipsis, whole in the tooltip. */
    private static Label fitted(Label l) {
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(KernelLabPane.PREFERRED_WIDTH);
        whole.textProperty().bind(l.textProperty());
        l.setTooltip(whole);
        return l;
    }

    private static Label rowName(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("note");
        return l;
    }

    private void refresh() {
        GeometryRules r = lab.rulesProperty().get();
        setDisable(r == null);
        if (r == null) {
            return;
        }
        ConvSpec spec = r.spec();
        boolean same = spec.padding().mode() == Padding.Mode.SAME;
        boolean custom = spec.padding().mode() == Padding.Mode.CUSTOM;
        Axis3 pads = r.customAmounts();
        Optional<ConvShape> shape = r.shape();
        for (int axis = 0; axis < 3; axis++) {
            int a = axis;
            show(size[axis], r.kernel().get(axis), r.kernelSizeOptions(axis), Messages.text("lab.geometry.kernelSize"));
            show(stride[axis], spec.stride().get(axis), r.strideOptions(axis), Messages.text("lab.geometry.stride"));
            show(dilation[axis], spec.dilation().get(axis), r.dilationOptions(axis), Messages.text("lab.geometry.dilation"));
            show(padding[axis], pads.get(axis), r.paddingOptions(axis), Messages.text("lab.geometry.padding"));
            size[axis].setDisable(axis == 0 && lab.frameByFrameProperty().get());
            stride[axis].setDisable(same);
            padding[axis].setDisable(!custom);
            output[axis].setText(shape.map(s -> Integer.toString(s.output().get(a))).orElse("\u2013"));
            output[axis].pseudoClassStateChanged(NO_OUTPUT, shape.isEmpty());
            // Non-breaking spaces keep "+ 1 = 252" together when the line has to wrap.
            formula[axis].setText(r.formula(axis).replace(" + 1 = ", "\u00a0+\u00a01\u00a0=\u00a0"));
        }
        if (lab.frameByFrameProperty().get()) {
            size[0].explain(Messages.text("lab.geometry.flatTime"));
        }
        paddingMode.show(spec.padding().mode());
        Optional<String> sameRefused = r.paddingModeRefusal(Padding.Mode.SAME);
        paddingMode.button(Padding.Mode.SAME).setDisable(sameRefused.isPresent() && !same);
        sameHint.setText(same ? Messages.text("lab.geometry.sameHint")
                : sameRefused.orElse(""));
        sameHint.setVisible(same || sameRefused.isPresent());
        relu.setSelected(spec.relu());
        Optional<String> problem = r.problem();
        if (problem.isPresent()) {
            // The lesson size changed under a geometry that no longer fits: say so where the controls are.
            sameHint.setText(Messages.text("lab.geometry.noOutput", problem.get()));
            sameHint.setVisible(true);
        }
    }

    private static void show(AxisSpinner spinner, int value, List<GeometryRules.Option> options, String what) {
        spinner.show(value);
        spinner.explain(Messages.text("lab.geometry.allowed", what, GeometryRules.allowedText(options)));
    }
}
