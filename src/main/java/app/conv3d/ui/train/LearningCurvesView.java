package app.conv3d.ui.train;

import app.conv3d.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * Watch it learn: loss and accuracy per epoch, train and held out, the 2D comparison beside them in its own colour,
 * and in large type the held-out accuracy of each model, which is the lesson of "Compare with 2D".
 */
final class LearningCurvesView extends VBox {
    static final String ID = "learningCurves";
    static final String SCORE_ID = "trainScore";

    private final LearningCurvesPlot loss = new LearningCurvesPlot("lossPlot", Messages.text("train.curves.loss"), false);
    private final LearningCurvesPlot accuracy = new LearningCurvesPlot("accuracyPlot",
            Messages.text("train.curves.accuracy"), true);
    private final Label score = new Label();
    private final TrainRunModel model;

    LearningCurvesView(TrainRunModel model) {
        this.model = model;
        Label title = TrainModePanel.dress(this, ID, "train.curves.title");
        score.setId(SCORE_ID);
        score.getStyleClass().add("train-score");
        score.setWrapText(true);
        score.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox plots = new HBox(12, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        loss.setPrefWidth(10);
        accuracy.setPrefWidth(10);
        VBox.setVgrow(plots, Priority.ALWAYS);
        FlowPane legend = new FlowPane(16, 4, key("curve-train", "train.curves.train"),
                key("curve-held", "train.curves.held"), key("curve-flat-held", "train.curves.flat"));
        legend.getStyleClass().add("curve-legend");
        getChildren().addAll(title, plots, legend, score);
        model.runProperty().addListener((obs, old, now) -> refresh());
        model.comparisonProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private static HBox key(String style, String text) {
        Line sample = new Line(0, 0, 26, 0);
        sample.getStyleClass().addAll("curve", style);
        Label l = new Label(Messages.text(text));
        HBox box = new HBox(6, sample, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void refresh() {
        TrainRun run = model.runProperty().get();
        TrainRun flat = model.comparisonProperty().get();
        loss.show(run, flat);
        accuracy.show(run, flat);
        String main = run == null || run.last() == null ? "" : describe(run);
        String other = flat == null || flat.last() == null ? "" : describe(flat);
        score.setText(other.isEmpty() ? main : Messages.text("train.curves.versus", main, other));
    }

    /** "3D 5×5×5: 94 % of held-out clips right" from the last epoch. */
    private static String describe(TrainRun r) {
        var p = r.last();
        double acc = p.hasHeldOut() ? p.heldOutAccuracy() : p.trainAccuracy();
        var k = r.options().kernelSize();
        return Messages.text(r.flat() ? "train.curves.score2d" : "train.curves.score3d", k.t(), k.h(), k.w(),
                Math.round(100 * acc), Messages.text(p.hasHeldOut() ? "train.curves.onHeld" : "train.curves.onTrain"));
    }
}
