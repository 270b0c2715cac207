package app.conv3d.ui.train.live;

import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Volume;

/**
 * What the trained network says about the camera's last frames: each class's probability, the winner, the learned
 * kernels' newest feature slice (N x 1 x H' x W', ReLU applied, as the network sees it) and the newest frame as the
 * network sees it (1 x H x W x 3 at the model's clip size), after camera frame number {@code sequence}.
 */
public record LiveClassification(long sequence, double[] probabilities, int predicted, FeatureVolume features,
        Volume picture) {
}
