package app.conv3d.ui.train;

import app.conv3d.train.CurvePoint;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * One plot of the learning curves: a value per epoch (loss, or accuracy) for the training clips (solid) and the
 * held-out ones (dashed), and the same two for the 2D comparison in another colour. Lines and labels are nodes
 * styled by the theme's sheet, so they follow the theme; nothing animates (a new epoch moves the lines at once).
 */
final class LearningCurvesPlot extends Region {
    private static final double PAD_LEFT = 52;
    private static final double PAD_BOTTOM = 30;
    private static final double PAD_TOP = 8;
    private static final double PAD_RIGHT = 12;

    private final Label title = new Label();
    private final Rectangle frame = new Rectangle();
    private final Label top = new Label();
    private final Label bottom = new Label();
    private final Label epochs = new Label();
    private final Polyline train = line("curve-train");
    private final Polyline held = line("curve-held");
    private final Polyline train2d = line("curve-flat-train");
    private final Polyline held2d = line("curve-flat-held");
    private final boolean accuracy;
    private TrainRun run;
    private TrainRun comparison;

    /** {@code accuracy}: 0..1 on a fixed scale; otherwise the loss, from 0 to the largest value seen. */
    LearningCurvesPlot(String id, String titleText, boolean accuracy) {
        this.accuracy = accuracy;
        setId(id);
        getStyleClass().add("curve-plot");
        title.setText(titleText);
        title.getStyleClass().add("curve-title");
        frame.getStyleClass().add("curve-frame");
        for (Label l : List.of(top, bottom, epochs)) {
            l.getStyleClass().add("curve-tick");
        }
        getChildren().addAll(frame, train2d, held2d, train, held, title, top, bottom, epochs);
        setMinSize(160, 120);
    }

    private static Polyline line(String style) {
        Polyline p = new Polyline();
        p.getStyleClass().addAll("curve", style);
        p.setManaged(false);
        return p;
    }

    void show(TrainRun main, TrainRun flat) {
        run = main;
        comparison = flat;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double titleH = title.prefHeight(-1);
        title.resizeRelocate(0, 0, w, titleH);
        double x0 = PAD_LEFT;
        double y0 = titleH + PAD_TOP;
        double pw = Math.max(1, w - PAD_LEFT - PAD_RIGHT);
        double ph = Math.max(1, h - y0 - PAD_BOTTOM);
        frame.setX(x0);
        frame.setY(y0);
        frame.setWidth(pw);
        frame.setHeight(ph);
        int count = Math.max(epochs(run), epochs(comparison));
        double max = accuracy ? 1 : Math.max(maxLoss(run), maxLoss(comparison));
        if (!(max > 0)) {
            max = 1;
        }
        top.setText(accuracy ? Messages.text("train.curves.percent", 100)
                : String.format(java.util.Locale.ROOT, "%.1f", max));
        bottom.setText(accuracy ? Messages.text("train.curves.percent", 0) : String.valueOf(0));
        epochs.setText(count == 0 ? "" : String.valueOf(count));
        place(top, x0 - 6 - top.prefWidth(-1), y0 - top.prefHeight(-1) / 2);
        place(bottom, x0 - 6 - bottom.prefWidth(-1), y0 + ph - bottom.prefHeight(-1) / 2);
        place(epochs, x0 + pw - epochs.prefWidth(-1), y0 + ph + 2);
        int span = Math.max(1, count);
        trace(train, run, accuracy ? CurvePoint::trainAccuracy : CurvePoint::trainLoss, x0, y0, pw, ph, span, max);
        trace(held, run, accuracy ? CurvePoint::heldOutAccuracy : CurvePoint::heldOutLoss, x0, y0, pw, ph, span, max);
        trace(train2d, comparison, accuracy ? CurvePoint::trainAccuracy : CurvePoint::trainLoss, x0, y0, pw, ph,
                span, max);
        trace(held2d, comparison, accuracy ? CurvePoint::heldOutAccuracy : CurvePoint::heldOutLoss, x0, y0, pw, ph,
                span, max);
    }

    private static void place(Label l, double x, double y) {
        l.resizeRelocate(Math.round(x), Math.round(y), l.prefWidth(-1), l.prefHeight(-1));
    }

    private static int epochs(TrainRun r) {
        return r == null ? 0 : r.curves().size();
    }

    private static double maxLoss(TrainRun r) {
        double m = 0;
        if (r != null) {
            for (CurvePoint p : r.curves()) {
                m = Math.max(m, p.trainLoss());
                if (p.hasHeldOut()) {
                    m = Math.max(m, p.heldOutLoss());
                }
            }
        }
        return m;
    }

    /** Epoch e (1-based) at e / span of the width, the value from the bottom (0) to the top (max). */
    private static void trace(Polyline line, TrainRun r, ToDoubleFunction<CurvePoint> value, double x0, double y0,
            double pw, double ph, int span, double max) {
        List<Double> points = new ArrayList<>();
        if (r != null) {
            if (r.curves().size() == 1) {
                points.add(x0); // one epoch: a short level line from the left edge rather than an invisible dot
                points.add(y0 + ph * (1 - Math.min(1, value.applyAsDouble(r.curves().get(0)) / max)));
            }
            for (CurvePoint p : r.curves()) {
                double v = value.applyAsDouble(p);
                if (Double.isNaN(v)) {
                    continue;
                }
                points.add(x0 + pw * p.epoch() / span);
                points.add(y0 + ph * (1 - Math.min(1, v / max)));
            }
        }
        line.getPoints().setAll(points);
    }
}
