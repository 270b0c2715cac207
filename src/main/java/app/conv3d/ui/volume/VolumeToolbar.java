package app.conv3d.ui.volume;

import app.conv3d.ui.i18n.Messages;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The view's own controls: reset the camera, spread the frames apart. Where the pane is narrow the slider moves to
 * a row of its own rather than shrink to a knob, and the mouse hint, which the reset button's tooltip repeats,
 * steps aside: it is never worth a row of its own.
 */
final class VolumeToolbar extends FlowPane {
    /** The slider's comfortable length and the shortest that is still easy to drag, in em. */
    private static final double SLIDER_EM = 12;
    private static final double SHORTEST_SLIDER_EM = 5;

    private final Label spread = new Label(Messages.text("volume.spread"));
    private final Label how = new Label(Messages.text("volume.how"));
    private final Slider slider = new Slider(0, 1, 0);
    private final Button resetButton = new Button(Messages.text("volume.reset"));
    private final boolean turnable;

    /** {@code turnable}: the picture can be turned with the mouse, so offer reset and say how. */
    VolumeToolbar(DoubleProperty explode, Runnable reset, boolean turnable) {
        this.turnable = turnable;
        getStyleClass().add("volume-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(javafx.geometry.VPos.CENTER);

        resetButton.setId("volume-reset");
        resetButton.setOnAction(e -> reset.run());
        resetButton.setTooltip(new Tooltip(Messages.text("volume.reset.tip")));
        resetButton.setMinWidth(Region.USE_PREF_SIZE);

        slider.setValue(explode.get());
        slider.setId("volume-explode");
        slider.valueProperty().bindBidirectional(explode);
        spread.setLabelFor(slider);
        spread.setMinWidth(Region.USE_PREF_SIZE);

        getChildren().addAll(spread, slider);
        if (turnable) {
            how.getStyleClass().add("volume-hint");
            how.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(0, resetButton);
            getChildren().add(how);
        }
    }

    /** The size of the toolbar's text in pixels: the root's text size, so labels on the picture can follow it. */
    double textSize() {
        return spread.getFont().getSize();
    }

    @Override
    protected double computePrefHeight(double width) {
        fit(width);
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    /**
     * One row (reset, label, slider, hint) when it fits, the hint first to go; else the slider beside its label
     * where a usable slider fits there, else on a row of its own. The slider takes the room left on its row, up to
     * a comfortable length.
     */
    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        double em = textSize();
        double gap = getHgap();
        double inner = width - snappedLeftInset() - snappedRightInset() - 2;
        double labelPart = spread.prefWidth(-1) + gap;
        double resetPart = turnable ? resetButton.prefWidth(-1) + gap : 0;
        double shortest = SHORTEST_SLIDER_EM * em;
        double withHint = inner - resetPart - labelPart - how.prefWidth(-1) - gap;
        boolean hint = turnable && withHint >= shortest;
        double oneRow = inner - resetPart - labelPart;
        boolean labelStartsRow = resetPart + spread.prefWidth(-1) > inner;
        double room = hint ? withHint
                : oneRow >= shortest ? oneRow
                : labelStartsRow && inner - labelPart >= shortest ? inner - labelPart
                : inner;
        double length = Math.max(3 * em, Math.min(SLIDER_EM * em, room));
        if (Math.abs(slider.getPrefWidth() - length) > 0.5) {
            slider.setPrefWidth(length);
            slider.setMinWidth(3 * em);
        }
        if (how.isManaged() != hint) {
            how.setManaged(hint);
            how.setVisible(hint);
        }
    }
}
