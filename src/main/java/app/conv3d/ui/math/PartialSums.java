package app.conv3d.ui.math;

import app.conv3d.core.Walkthrough;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Two small tables under the arithmetic: the sum per kernel frame and the sum per channel, names above values.
 * The labels are made once per kernel shape and only their numbers change: replacing them on every step would
 * style and lay out new nodes each time, and JavaFX then repaints the whole window once more.
 */
final class PartialSums extends GridPane {
    private Label[] frameSums = new Label[0];
    private Label[] channelSums = new Label[0];

    PartialSums() {
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
        add(rowHeader("sum per kernel frame"), 0, 0);
        for (int a = 0; a < frames; a++) {
            add(name("a=" + a), a + 1, 0);
            frameSums[a] = sum();
            add(frameSums[a], a + 1, 1);
        }
        add(rowHeader("sum per channel"), 0, 2);
        for (int c = 0; c < channels; c++) {
            add(name(Numbers.channel(c, channels)), c + 1, 2);
            channelSums[c] = sum();
            add(channelSums[c], c + 1, 3);
        }
    }

    private static Label rowHeader(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("note");
        l.setWrapText(true);
        GridPane.setRowSpan(l, 2);
        return l;
    }

    private static Label name(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("partial-name");
        return l;
    }

    private static Label sum() {
        Label l = new Label();
        l.getStyleClass().add("partial");
        l.setMinWidth(Region.USE_PREF_SIZE); // a sum cut to "71..." teaches nothing
        return l;
    }
}
