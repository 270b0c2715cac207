package app.conv3d.capture;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.KernelBank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The output frames of a rolling window, together equal to {@code Conv3d.apply} on the window's frames, with
 * as little convolving per new frame as that allows. An output frame that reads only frames inside the
 * window depends on those frames alone, so it is kept under the camera number of its first frame and reused
 * while the window rolls on. An output frame that reads time padding is computed again for each window:
 * which camera frames sit next to the zeros changes as the window moves (with 'same' padding the first and
 * last output frames). With a time stride above 1 the window's output frames read every stride-th start,
 * so a frame's outputs are reused every stride-th update.
 */
final class WindowFeatures {
    private final int height;
    private final int width;
    private final KernelBank bank;
    private final ConvSpec spec;
    /** Output frames (N x H' x W') by the camera number of the first frame they read. */
    private final Map<Long, float[]> inside = new HashMap<>();
    private final float[] spanBuffer;

    WindowFeatures(int height, int width, KernelBank bank, ConvSpec spec) {
        this.height = height;
        this.width = width;
        this.bank = bank;
        this.spec = spec;
        this.spanBuffer = new float[WindowSlice.span(bank, spec) * height * width * 3];
    }

    /**
     * The output frames (each N x H' x W') of {@code window} (frames in time order, each in planar order: {@link
     * WindowSlice#toPlanar}), whose first frame is camera frame {@code first}; null while the window is too short for
     * one output. One thread at a time. The arrays are never written again, so they may be shared.
     */
    List<float[]> of(List<float[]> window, long first) {
        ConvShape shape = WindowSlice.shape(window.size(), height, width, bank, spec);
        if (shape == null) {
            return null;
        }
        int span = WindowSlice.span(bank, spec);
        List<float[]> frames = new ArrayList<>(shape.output().t());
        for (int t = 0; t < shape.output().t(); t++) {
            int begin = WindowSlice.firstFrame(shape, t);
            boolean whole = begin >= 0 && begin + span <= window.size();
            float[] slice = whole ? inside.get(first + begin) : null;
            if (slice == null) {
                slice = WindowSlice.compute(window, t, height, width, bank, spec, spanBuffer).data();
                if (whole) {
                    inside.put(first + begin, slice);
                }
            }
            frames.add(slice);
        }
        inside.keySet().removeIf(start -> start < first); // frames that have left the window
        return frames;
    }

    /** The output size per kernel for a window of {@code frames}. */
    Axis3 output(int frames) {
        return WindowSlice.shape(frames, height, width, bank, spec).output();
    }
}
