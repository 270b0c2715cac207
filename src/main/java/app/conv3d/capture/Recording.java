package app.conv3d.capture;

import app.conv3d.core.Volume;
import app.conv3d.io.FrameFitter;
import app.conv3d.io.RgbFrame;
import java.util.List;

/**
 * A finished recording: its frames in order, each with the moment it was taken, and the moment recording
 * started (frame i was due at {@code startNanos + i x interval} and never taken before that).
 */
public record Recording(String camera, long startNanos, List<Frame> frames) {

    public Recording {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a recording has at least one frame");
        }
    }

    public int size() {
        return frames.size();
    }

    /** Milliseconds from the start of recording to frame {@code i}. */
    public double offsetMillis(int i) {
        return (frames.get(i).nanos() - startNanos) / 1e6;
    }

    /**
     * The frames as a clip of the lesson's size: centre-cropped to its aspect and resampled by io's
     * {@link FrameFitter}, exactly as the same frames would be when read back from files.
     */
    public Volume toVolume(int height, int width) {
        int frameSize = height * width * 3;
        float[] data = new float[frames.size() * frameSize];
        for (int t = 0; t < frames.size(); t++) {
            RgbFrame fitted = FrameFitter.fit(rgb(frames.get(t)), height, width);
            System.arraycopy(fitted.rgb(), 0, data, t * frameSize, frameSize);
        }
        return new Volume(frames.size(), height, width, 3, data);
    }

    /** The frames at the camera's own size, as a clip; the camera must not have changed size mid-recording. */
    public Volume toCameraSizeVolume() {
        Frame first = frames.get(0);
        for (Frame f : frames) {
            if (f.width() != first.width() || f.height() != first.height()) {
                throw new IllegalStateException("the camera changed picture size during the recording");
            }
        }
        return toVolume(first.height(), first.width());
    }

    private static RgbFrame rgb(Frame f) {
        int[] argb = f.argb();
        float[] rgb = new float[argb.length * 3];
        for (int i = 0, j = 0; i < argb.length; i++, j += 3) {
            int p = argb[i];
            rgb[j] = (p >> 16) & 0xFF;
            rgb[j + 1] = (p >> 8) & 0xFF;
            rgb[j + 2] = p & 0xFF;
        }
        return new RgbFrame(f.height(), f.width(), rgb);
    }
}
