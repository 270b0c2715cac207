package app.conv3d.capture;

import app.conv3d.core.FeatureVolume;
import java.util.List;

/**
 * One live-mode update after camera frame number {@code sequence} (counting from 0), taken at
 * {@code frameNanos}: the window's output frames, each N kernels x H' x W'. {@link #features()} puts them
 * together as the window's feature volume (equal to {@code Conv3d.apply} on the window's frames) only when
 * asked: the camera may deliver many more updates than the window shows.
 */
public final class LiveSlice {
    private final long sequence;
    private final long frameNanos;
    private final List<float[]> outputFrames;
    private final int kernels;
    private final int height;
    private final int width;
    private FeatureVolume features;

    LiveSlice(long sequence, long frameNanos, List<float[]> outputFrames, int kernels, int height, int width) {
        this.sequence = sequence;
        this.frameNanos = frameNanos;
        this.outputFrames = List.copyOf(outputFrames);
        this.kernels = kernels;
        this.height = height;
        this.width = width;
    }

    public long sequence() {
        return sequence;
    }

    public long frameNanos() {
        return frameNanos;
    }

    /** N x T' x H' x W': the window's features, oldest output frame first. */
    public synchronized FeatureVolume features() {
        if (features == null) {
            int frames = outputFrames.size();
            int plane = height * width;
            float[] data = new float[kernels * frames * plane];
            for (int t = 0; t < frames; t++) {
                for (int n = 0; n < kernels; n++) {
                    System.arraycopy(outputFrames.get(t), n * plane, data, (n * frames + t) * plane, plane);
                }
            }
            features = new FeatureVolume(kernels, frames, height, width, data);
        }
        return features;
    }

    /**
     * Each kernel's average over the window's features (all output frames, rows and columns): a classifier's global
     * average pooling, read straight from the output frames without putting the volume together.
     */
    public double[] kernelMeans() {
        int plane = height * width;
        double[] means = new double[kernels];
        for (float[] frame : outputFrames) {
            for (int n = 0; n < kernels; n++) {
                double sum = 0;
                for (int i = n * plane, end = i + plane; i < end; i++) {
                    sum += frame[i];
                }
                means[n] += sum;
            }
        }
        for (int n = 0; n < kernels; n++) {
            means[n] /= (double) plane * outputFrames.size();
        }
        return means;
    }

    /** N x 1 x H' x W': the newest output frame alone, without copying the window's. */
    public FeatureVolume newest() {
        return new FeatureVolume(kernels, 1, height, width, outputFrames.get(outputFrames.size() - 1));
    }
}
