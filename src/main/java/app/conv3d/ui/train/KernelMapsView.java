package app.conv3d.ui.train;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.kernel.WeightColors;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The kernels as weight maps, redrawn after every epoch: one row per kernel, one square per frame of it, one cell
 * per weight (summed over the colours), in the kernel lab's colours (red positive, blue negative, stronger the
 * larger against the kernel's largest). From noise at the start to stripes that lean with time: a motion detector.
 */
final class KernelMapsView extends VBox {
    static final String ID = "kernelMaps";
    static final String CANVAS_ID = "kernelMapsCanvas";
    private static final double GAP = 3;

    private final Pane holder = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label caption = TrainModePanel.caption();
    /** The lab's CSS colours parsed once per tint: an epoch redraws hundreds of cells. */
    private final Map<String, Color> colours = new HashMap<>();
    private KernelBank bank;

    KernelMapsView(TrainRunModel model) {
        Label title = TrainModePanel.dress(this, ID, "train.kernels.title");
        canvas.setId(CANVAS_ID);
        holder.getChildren().add(canvas);
        holder.setMinSize(0, 0);
        VBox.setVgrow(holder, Priority.ALWAYS);
        holder.widthProperty().addListener((obs, old, now) -> draw());
        holder.heightProperty().addListener((obs, old, now) -> draw());
        getChildren().addAll(title, holder, caption);
        model.watchedProperty().addListener((obs, old, now) -> show(now));
        show(model.watchedProperty().get());
    }

    private void show(TrainRun run) {
        bank = run == null ? null : run.rawBank();
        caption.setText(run == null ? Messages.text("train.kernels.none")
                : Messages.text("train.kernels.caption", run.curves().size()));
        draw();
    }

    private void draw() {
        double w = Math.floor(holder.getWidth());
        double h = Math.floor(holder.getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (bank == null || w < 10 || h < 10) {
            return;
        }
        int k = bank.count();
        int kt = bank.size().t();
        int kh = bank.size().h();
        int kw = bank.size().w();
        // kernels in as many columns as make the cells largest (whole pixels): one frame deep, they sit side by side
        double cell = 0;
        int columns = 1;
        for (int c = 1; c <= k; c++) {
            int rows = (k + c - 1) / c;
            double size = Math.floor(Math.min((w - GAP * 4 * (c * kt - 1) - GAP * 6 * (c - 1)) / (c * kt * kw),
                    (h - GAP * 3 * (rows - 1)) / (rows * kh)));
            if (size > cell) {
                cell = size;
                columns = c;
            }
        }
        if (cell < 1) {
            return;
        }
        double kernelWidth = kt * kw * cell + GAP * 4 * (kt - 1);
        for (int n = 0; n < k; n++) {
            Kernel kernel = bank.get(n);
            float[] summed = summedOverColours(kernel);
            float max = 0;
            for (float v : summed) {
                max = Math.max(max, Math.abs(v));
            }
            double y0 = (n / columns) * (kh * cell + GAP * 3);
            double left = (n % columns) * (kernelWidth + GAP * 10);
            for (int a = 0; a < kt; a++) {
                double x0 = left + a * (kw * cell + GAP * 4);
                g.setFill(Color.gray(0.5, 0.12));
                g.fillRect(x0, y0, kw * cell, kh * cell);
                for (int b = 0; b < kh; b++) {
                    for (int d = 0; d < kw; d++) {
                        float v = summed[(a * kh + b) * kw + d];
                        g.setFill(colour(WeightColors.background(v, max)));
                        g.fillRect(x0 + d * cell, y0 + b * cell, cell - (cell >= 6 ? 1 : 0),
                                cell - (cell >= 6 ? 1 : 0));
                    }
                }
            }
        }
    }

    private Color colour(String css) {
        return colours.computeIfAbsent(css, Color::web);
    }

    /** Each tap's weight summed over the clip's colours: what the kernel does to brightness. */
    private static float[] summedOverColours(Kernel k) {
        float[] w = k.weights();
        int c = k.channels();
        float[] out = new float[w.length / c];
        for (int i = 0; i < out.length; i++) {
            float s = 0;
            for (int ch = 0; ch < c; ch++) {
                s += w[i * c + ch];
            }
            out[i] = s;
        }
        return out;
    }
}
