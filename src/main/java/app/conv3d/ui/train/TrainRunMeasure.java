package app.conv3d.ui.train;

import app.conv3d.train.ClipClassifier;
import app.conv3d.train.LabeledClip;
import java.util.List;

/** The held-out half of a point on the learning curves: mean cross-entropy and accuracy of a model on some clips. */
final class TrainRunMeasure {
    /** Keeps the loss of a clip the model is certain is wrong finite. */
    private static final double SMALLEST = 1e-12;

    private TrainRunMeasure() {
    }

    /** {loss, accuracy}; both NaN for no clips. */
    static double[] lossAndAccuracy(ClipClassifier model, List<LabeledClip> clips) {
        if (clips.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double loss = 0;
        int right = 0;
        for (LabeledClip c : clips) {
            double[] p = model.probabilities(c.clip());
            loss -= Math.log(Math.max(SMALLEST, p[c.label()]));
            if (predicted(p) == c.label()) {
                right++;
            }
        }
        return new double[] {loss / clips.size(), (double) right / clips.size()};
    }

    /** The most probable class (the first of equals, as the trainer counts). */
    static int predicted(double[] p) {
        int best = 0;
        for (int j = 1; j < p.length; j++) {
            if (p[j] > p[best]) {
                best = j;
            }
        }
        return best;
    }
}
