package app.conv3d.capture;

import app.conv3d.core.FeatureVolume;

/**
 * One live-mode update: the window's features (N kernels x T' x H' x W', equal to {@code Conv3d.apply} on the
 * window's frames) after camera frame number {@code sequence} (counting from 0), taken at {@code frameNanos}.
 */
public record LiveSlice(long sequence, long frameNanos, FeatureVolume features) {
}
