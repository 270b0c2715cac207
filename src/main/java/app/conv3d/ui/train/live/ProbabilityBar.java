package app.conv3d.ui.train.live;

import javafx.scene.layout.Region;

/**
 * One class's probability as a long bar: a track the width of the space, filled from the left in proportion. Only
 * a change of at least a device pixel lays it out again: the bars follow the camera 25 or more times a second.
 */
final class ProbabilityBar extends Region {
    private final Region fill = new Region();
    private double fraction;

    ProbabilityBar() {
        getStyleClass().add("probability-track");
        fill.getStyleClass().add("probability-fill");
        fill.setManaged(false);
        getChildren().add(fill);
    }

    /** 0..1. */
    void setFraction(double value) {
        double next = Math.max(0, Math.min(1, value));
        if (Math.abs(next - fraction) * getWidth() >= 0.5 || getWidth() == 0) {
            fraction = next;
            requestLayout();
        }
    }

    double fraction() {
        return fraction;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        fill.resizeRelocate(snappedLeftInset(), snappedTopInset(), snapSizeX(w * fraction), h);
    }
}
