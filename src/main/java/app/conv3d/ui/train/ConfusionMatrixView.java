package app.conv3d.ui.train;

import app.conv3d.core.Volume;
import app.conv3d.ui.i18n.Messages;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * At the end of a training: which class the model gave each held-out clip (columns) against its own class (rows),
 * with each clip's middle frame in its cell, so the class sees which gestures were mistaken. Right answers sit on the
 * diagonal; a cell off it that holds clips is marked as a mistake. A clip clicked shows its features.
 */
final class ConfusionMatrixView extends VBox {
    static final String ID = "confusionMatrix";
    static final String CELL_ID = "confusionCell-";
    static final String THUMB_ID = "confusionThumb-";
    private static final PseudoClass MISTAKE = PseudoClass.getPseudoClass("mistake");
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    /** Thumbnails are the clip's frame at this many screen pixels per clip pixel, at most. */
    private static final int THUMB_SCALE = 2;
    /** Thumbnails' width on screen: four in a row fit a cell of a 3-class matrix at 1280x720. */
    private static final double THUMB = 20;

    private final TrainRunModel model;
    private final GridPane grid = new GridPane();
    private final Label caption = TrainModePanel.caption();
    private ConfusionMatrix shown;
    /** The thumbnails shown, by clip index. */
    private final java.util.Map<Integer, VBox> thumbnails = new java.util.HashMap<>();

    ConfusionMatrixView(TrainRunModel model) {
        this.model = model;
        Label title = TrainModePanel.dress(this, ID, "train.confusion.title");
        grid.getStyleClass().add("confusion-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setMinSize(0, 0);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(title, grid, caption);
        model.watchedProperty().addListener((obs, old, now) -> refresh());
        model.featureClipProperty().addListener((obs, old, now) -> markChosen());
        refresh();
    }

    private void refresh() {
        TrainRun run = model.watchedProperty().get();
        ConfusionMatrix m = run == null ? null : run.confusion();
        if (m == shown) {
            return;
        }
        shown = m;
        grid.getChildren().clear();
        thumbnails.clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        if (m == null) {
            caption.setText(Messages.text(run == null ? "train.confusion.none" : "train.confusion.waiting"));
            return;
        }
        int c = m.classes().size();
        TrainRunData data = model.dataProperty().get();
        ColumnConstraints heads = new ColumnConstraints();
        heads.setMinWidth(Region.USE_PREF_SIZE);
        heads.setMaxWidth(120);
        grid.getColumnConstraints().add(heads);
        grid.getRowConstraints().add(new RowConstraints());
        for (int j = 0; j < c; j++) {
            Label head = new Label(Messages.text("train.confusion.called", m.classes().get(j)));
            head.getStyleClass().add("confusion-head");
            head.setMinWidth(0); // a long class name ends in an ellipsis rather than pushing the matrix wider
            grid.add(head, j + 1, 0);
            ColumnConstraints col = new ColumnConstraints();
            col.setHgrow(Priority.ALWAYS);
            col.setPercentWidth(-1);
            grid.getColumnConstraints().add(col);
            Label row = new Label(Messages.text("train.confusion.is", m.classes().get(j)));
            row.getStyleClass().add("confusion-head");
            row.setMinWidth(Region.USE_PREF_SIZE); // the class's whole name: the columns share what is left
            grid.add(row, 0, j + 1);
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int a = 0; a < c; a++) {
            for (int p = 0; p < c; p++) {
                grid.add(cell(m, data, a, p), p + 1, a + 1);
            }
        }
        int right = (int) Math.round(m.accuracy() * m.total());
        caption.setText(Messages.text("train.confusion.caption", right, m.total()));
        markChosen();
    }

    private HBox cell(ConfusionMatrix m, TrainRunData data, int actual, int predicted) {
        List<Integer> clips = m.clips(actual, predicted);
        Label count = new Label(String.valueOf(clips.size()));
        count.getStyleClass().add("confusion-count");
        FlowPane thumbs = new FlowPane(2, 2);
        thumbs.setMinSize(2 * (THUMB + 3) + 2, 0); // two abreast at least, or a cell's clips pile up out of sight
        thumbs.setPrefWrapLength(120);
        for (int i : clips) {
            if (i >= data.clips().size()) {
                continue;
            }
            Volume clip = data.clips().get(i).clip();
            ImageView v = new ImageView(TrainModePictures.enlarged(TrainModePictures.frame(clip, clip.frames() / 2),
                    clip.width(), clip.height(), THUMB_SCALE, null));
            v.setFitWidth(Math.min(THUMB, clip.width() * THUMB_SCALE));
            v.setPreserveRatio(true);
            v.setSmooth(true);
            VBox box = new VBox(v);
            box.setId(THUMB_ID + i);
            box.getStyleClass().add("confusion-thumb");
            thumbnails.put(i, box);
            Tooltip.install(box, new Tooltip(Messages.text("train.confusion.thumb.tip", i + 1)));
            box.setOnMouseClicked(e -> model.chooseFeatureClip(i));
            thumbs.getChildren().add(box);
        }
        HBox.setHgrow(thumbs, Priority.ALWAYS);
        thumbs.setPrefWrapLength(4 * (THUMB + 7));
        HBox cell = new HBox(4, count, thumbs);
        cell.setId(CELL_ID + actual + "-" + predicted);
        cell.setAlignment(Pos.TOP_LEFT);
        cell.getStyleClass().add("confusion-cell");
        cell.setMinSize(0, 0);
        // a cell with more clips than room shows what fits, never over its neighbours
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(cell.widthProperty());
        clip.heightProperty().bind(cell.heightProperty());
        cell.setClip(clip);
        cell.pseudoClassStateChanged(RIGHT, actual == predicted);
        cell.pseudoClassStateChanged(MISTAKE, actual != predicted && !clips.isEmpty());
        return cell;
    }

    private void markChosen() {
        int chosen = model.featureClipProperty().get();
        thumbnails.forEach((i, box) -> box.pseudoClassStateChanged(CHOSEN, i == chosen));
    }
}
