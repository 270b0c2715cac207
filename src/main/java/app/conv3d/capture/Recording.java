package app.conv3d.capture;

import app.conv3d.core.Volume;
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

    /** The frames as a clip of the lesson's size: centre-cropped to its aspect, resampled, RGB 0..255. */
    public Volume toVolume(int height, int width) {
        Frame first = frames.get(0);
        FrameFit fit = new FrameFit(first.width(), first.height(), width, height);
        int frameSize = height * width * 3;
        float[] data = new float[frames.size() * frameSize];
        for (int t = 0; t < frames.size(); t++) {
            Frame f = frames.get(t);
            if (!fit.fits(f)) { // a camera may change size mid-stream; fit each frame as it is
                fit = new FrameFit(f.width(), f.height(), width, height);
            }
            fit.apply(f, data, t * frameSize);
        }
        return new Volume(frames.size(), height, width, 3, data);
    }
}
