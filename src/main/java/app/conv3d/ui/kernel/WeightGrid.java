package app.conv3d.ui.kernel;

import app.conv3d.core.Kernel;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.math.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected kernel's weights for one frame and one channel as a kh x kw table: type a value and press Enter,
 * or drag a cell up or down. Blue behind negative weights, red behind positive, stronger for larger ones.
 */
final class WeightGrid extends VBox {
    /** Pixels the mouse must move before a press on a cell becomes a drag rather than a click to type. */
    private static final double DRAG_THRESHOLD = 4;
    private static final int WIDE_GRID = 6;
    /** Narrower padding for grids of WIDE_GRID columns or more; a pseudo-class, so switching restyles nothing. */
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final KernelLabModel lab;
    private final WeightEditModel weights;
    private final HBox selectors = new HBox(14);
    private final GridPane cells = new GridPane();
    private final Label caption = new Label();
    private final TextField bias = new TextField();
    private final List<Button> edits = new ArrayList<>();
    private WeightCell[][] grid = new WeightCell[0][0];
    private SegmentedChoice<Integer> frames;
    private SegmentedChoice<Integer> channels;
    private String shape = "";

    WeightGrid(WeightEditModel weights, KernelLabModel lab) {
        this.weights = weights;
        this.lab = lab;
        setId("weightGrid");
        setSpacing(8);
        selectors.setAlignment(Pos.CENTER_LEFT);
        cells.getStyleClass().add("weight-cells");
        caption.setId("weightCaption");
        caption.getStyleClass().add("note");
        caption.setWrapText(true);

        bias.setId("biasField");
        bias.setPrefColumnCount(5);
        bias.setTooltip(new Tooltip(Messages.text("lab.weights.bias.tip")));
        bias.setOnAction(e -> weights.setBiasText(bias.getText()));
        bias.focusedProperty().addListener((obs, was, is) -> {
            if (!is && lab.shownKernelProperty().get() != null
                    && !bias.getText().equals(biasText(lab.shownKernelProperty().get()))) {
                weights.setBiasText(bias.getText());
            }
        });

        Button normalise = button("normaliseButton", Messages.text("lab.weights.normalise"), Messages.text("lab.weights.normalise.tip"),
                weights::normalise);
        Button negate = button("negateButton", Messages.text("lab.weights.negate"), Messages.text("lab.weights.negate.tip"),
                weights::negate);
        Button flip = button("flipTimeButton", Messages.text("lab.weights.flip"), Messages.text("lab.weights.flip.tip"),
                weights::flipTime);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, normalise, negate, flip, gap, new Label(Messages.text("lab.weights.bias")), bias);
        buttons.getStyleClass().add("button-row");
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label how = new Label(Messages.text("lab.weights.how"));
        how.getStyleClass().add("note");
        how.setWrapText(true);
        how.visibleProperty().bind(lab.frameByFrameProperty().not());
        how.managedProperty().bind(how.visibleProperty());

        getChildren().addAll(selectors, caption, cells, how, buttons);

        lab.shownKernelProperty().addListener((obs, old, now) -> refresh());
        weights.editFrameProperty().addListener((obs, old, now) -> refresh());
        weights.editChannelProperty().addListener((obs, old, now) -> refresh());
        lab.selectedProperty().addListener((obs, old, now) -> refresh());
        lab.frameByFrameProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Button button(String id, String text, String help, java.util.function.BooleanSupplier action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.getAsBoolean());
        edits.add(b);
        return b;
    }

    private void refresh() {
        Kernel k = lab.shownKernelProperty().get();
        setDisable(k == null);
        if (k == null) {
            return;
        }
        rebuildIfReshaped(k);
        int a = Math.min(weights.editFrameProperty().get(), k.depth() - 1);
        int c = Math.min(weights.editChannelProperty().get(), k.channels() - 1);
        frames.show(a);
        channels.show(c);
        boolean flat = lab.frameByFrameProperty().get();
        float max = WeightEdits.maxAbs(k);
        // Six or seven columns only fit the panel with two significant digits (the tooltip has them all).
        boolean wide = k.width() >= WIDE_GRID;
        int digits = wide ? 2 : 3;
        int longest = 4;
        for (int b = 0; b < k.height(); b++) {
            for (int d = 0; d < k.width(); d++) {
                longest = Math.max(longest, WeightText.format(k.get(a, b, d, c), digits).length());
            }
        }
        for (int b = 0; b < k.height(); b++) {
            for (int d = 0; d < k.width(); d++) {
                float v = k.get(a, b, d, c);
                WeightCell cell = grid[b][d];
                cell.display(WeightText.format(v, digits));
                cell.pseudoClassStateChanged(COMPACT, wide);
                cell.setPrefColumnCount(longest);
                cell.tint("-fx-background-color: " + WeightColors.background(v, max) + ";");
                cell.setEditable(!flat);
                cell.tip.setText(Messages.text("lab.weights.cell.tip", a, b, d, Numbers.channel(c, k.channels()), v));
            }
        }
        edits.forEach(b -> b.setDisable(flat));
        bias.setDisable(flat);
        if (!bias.isFocused()) {
            bias.setText(biasText(k));
        }
        int which = lab.selectedProperty().get(); // 0-based everywhere, as PyTorch indexes
        caption.setText(flat
                ? Messages.text("lab.weights.caption.flat", which)
                : Messages.text("lab.weights.caption", which, a, k.depth() - 1, Numbers.channel(c, k.channels()),
                        k.height(), k.width()));
    }

    private static String biasText(Kernel k) {
        return WeightText.format(k.bias());
    }

    private void rebuildIfReshaped(Kernel k) {
        String now = k.depth() + "x" + k.height() + "x" + k.width() + "x" + k.channels();
        if (now.equals(shape)) {
            return;
        }
        shape = now;
        frames = new SegmentedChoice<>("editFrame", IntStream.range(0, k.depth()).boxed().toList(),
                a -> Integer.toString(a), weights::selectEditFrame);
        channels = new SegmentedChoice<>("editChannel", IntStream.range(0, k.channels()).boxed().toList(),
                c -> Numbers.channel(c, k.channels()), weights::selectEditChannel);
        selectors.getChildren().setAll(new Label(Messages.text("lab.weights.frame")), frames, new Label(Messages.text("lab.weights.channel")), channels);
        cells.getChildren().clear();
        grid = new WeightCell[k.height()][k.width()];
        for (int b = 0; b < k.height(); b++) {
            for (int d = 0; d < k.width(); d++) {
                grid[b][d] = new WeightCell(b, d);
                cells.add(grid[b][d], d, b);
            }
        }
    }

    /** One weight: a text field that also follows vertical drags. */
    private final class WeightCell extends TextField {
        private final int row;
        private final int column;
        private double pressY;
        private boolean dragging;
        /** The weight's full value and place, kept and given new text (a new tooltip per cell per edit cost). */
        private final Tooltip tip = new Tooltip();
        /** The model's value as last displayed: text equal to it is no edit. */
        private String shown = "";

        WeightCell(int row, int column) {
            this.row = row;
            this.column = column;
            setId("weight-" + row + "-" + column);
            getStyleClass().add("weight-cell");
            setTooltip(tip);
            setOnAction(e -> commit());
            focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commit();
                }
            });
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                pressY = e.getScreenY();
                dragging = false;
            });
            addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
                double dy = e.getScreenY() - pressY;
                if (!dragging && Math.abs(dy) >= DRAG_THRESHOLD && isEditable()) {
                    dragging = true;
                    weights.beginDrag(weights.editFrameProperty().get(), row, column, weights.editChannelProperty().get());
                }
                if (dragging) {
                    weights.dragTo(dy);
                    e.consume();
                }
            });
            addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (dragging) {
                    dragging = false;
                    weights.endDrag();
                    e.consume();
                }
            });
        }

        /** Its tint, set only when it changes: a new inline style makes JavaFX style the cell from scratch. */
        void tint(String style) {
            if (!style.equals(getStyle())) {
                setStyle(style);
            }
        }

        void display(String text) {
            shown = text;
            setText(text);
        }

        private void commit() {
            if (!isEditable() || getText().equals(shown)) {
                return;
            }
            if (!weights.setWeightText(weights.editFrameProperty().get(), row, column, weights.editChannelProperty().get(),
                    getText())) {
                selectAll();
            }
        }
    }
}
