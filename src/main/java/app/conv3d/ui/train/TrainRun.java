package app.conv3d.ui.train;

import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.TrainingOptions;
import java.util.List;

/**
 * One training as far as it has gone: its options, a point per epoch so far, the model after the last epoch with
 * its kernels for clips in 0..255 (what the lab shows), the features of the chosen clip under them, and, once it
 * is finished, the confusion matrix over the held-out clips. A new one is made after every epoch. Immutable.
 */
public record TrainRun(TrainingOptions options, List<CurvePoint> curves, ClipClassifier model, KernelBank rawBank,
        FeatureVolume features, int featureClip, ConfusionMatrix confusion) {

    public TrainRun {
        curves = List.copyOf(curves);
    }

    /** Frame by frame: kernels one frame deep see no motion. */
    public boolean flat() {
        return options.kernelSize().t() == 1;
    }

    public boolean finished() {
        return confusion != null;
    }

    /** The last epoch's point, or null before the first. */
    public CurvePoint last() {
        return curves.isEmpty() ? null : curves.get(curves.size() - 1);
    }
}
