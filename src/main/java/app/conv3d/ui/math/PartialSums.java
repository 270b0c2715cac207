package app.conv3d.ui.math;

import app.conv3d.core.Walkthrough;
import app.conv3d.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Two small tables under the arithmetic: the sum per kernel frame and the sum per channel, names above values.
 * Each table's cells wrap onto a second line in a narrow column rather than push the arithmetic wider than it.
 * The labels are made once per kernel shape and only their numbers change: replacing them on every step would
 * style and lay out new nodes each time, and JavaFX then repaints the whole window once more.
 */
final class PartialSums extends VBox {
    private static final double CELL_GAP = 14;
    private Label[] frameSums = new Label[0];
    private Label[] channelSums = new Label[0];

    PartialSums() {
        super(4);
        setId("partialSums");
        getStyleClass().add("partials");
    }

    void show(Walkthrough w) {
        int frames = w.kernelSize().t();
        int channels = w.channels();
        if (frameSums.length != frames || channelSums.length != channels) {
            build(frames, channels);
        }
        for (int a = 0; a < frames; a++) {
            frameSums[a].setText(Numbers.value(w.frameSum(a)));
        }
        for (int c = 0; c < channels; c++) {
            channelSums[c].setText(Numbers.value(w.channelSum(c)));
        }
    }

    private void build(int frames, int channels) {
        getChildren().clear();
        frameSums = new Label[frames];
        channelSums = new Label[channels];
        FlowPane perFrame = cells();
        for (int a = 0; a < frames; a++) {
            frameSums[a] = sum();
            perFrame.getChildren().add(cell("a=" + a, frameSums[a]));
        }
        FlowPane perChannel = cells();
        for (int c = 0; c < channels; c++) {
            channelSums[c] = sum();
            perChannel.getChildren().add(cell(Numbers.channel(c, channels), channelSums[c]));
        }
        getChildren().addAll(rowHeader(Messages.text("math.perFrame")), perFrame, rowHeader(Messages.text("math.perChannel")),
                perChannel);
    }

    private static FlowPane cells() {
        FlowPane p = new FlowPane(CELL_GAP, 4);
        p.setMinWidth(0);
        return p;
    }

    private static VBox cell(String name, Label sum) {
        Label l = new Label(name);
        l.getStyleClass().add("partial-name");
        VBox cell = new VBox(l, sum);
        cell.setMinWidth(Region.USE_PREF_SIZE);
        return cell;
    }

    private static Label rowHeader(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("note");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label sum() {
        Label l = new Label();
        l.getStyleClass().add("partial");
        l.setMinWidth(Region.USE_PREF_SIZE); // a sum cut to "71..." teaches nothing
        return l;
    }
}
