package app.conv3d.capture;

import app.conv3d.core.FeatureVolume;

/**
 * One live-mode update: the newest output slice (N kernels x 1 frame x H' x W') after camera frame number
 * {@code sequence} (counting from 0), taken at {@code frameNanos}.
 */
public record LiveSlice(long sequence, long frameNanos, FeatureVolume features) {
}
