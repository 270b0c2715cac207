package app.conv3d.capture;

import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import java.util.Arrays;
import java.util.List;

/**
 * The last output frame of a convolution over a window of frames, computed from only the input frames it
 * reads: the frames under the kernel's time span at that position (zero frames where time padding reaches
 * past the window), convolved at time stride 1 and no time padding, which gives exactly one output frame
 * equal to the full convolution's last one.
 *
 * <p>{@code Conv3d.applyFrames(window, bank, spec, last, 1)} gives the same numbers, but it would take the
 * whole 16-frame window as a volume, copied (and converted by the engine) on every update; the sub-volume
 * copies only the frames under the kernel.
 */
final class NewestSlice {
    private NewestSlice() {
    }

    /** Frames the kernel spans in time: the size of the buffer {@link #compute} fills. */
    static int span(KernelBank bank, ConvSpec spec) {
        return spec.dilation().t() * (bank.size().t() - 1) + 1;
    }

    /** The output shape for a window of {@code frames}, or null when the window is still too short for one output. */
    static ConvShape shape(int frames, int height, int width, KernelBank bank, ConvSpec spec) {
        Axis3 pad = spec.padding().resolve(bank.size(), spec.dilation());
        long span = (long) spec.dilation().t() * (bank.size().t() - 1) + 1;
        if (frames + 2L * pad.t() < span) {
            return null;
        }
        return spec.shape(new Axis3(frames, height, width), bank.size());
    }

    /**
     * N x 1 x H' x W': the last output frame over {@code window} (frames in time order, each [y][x][c] RGB).
     */
    static FeatureVolume compute(List<float[]> window, int height, int width, KernelBank bank, ConvSpec spec) {
        return compute(window, height, width, bank, spec, null);
    }

    /**
     * As {@link #compute(List, int, int, KernelBank, ConvSpec)}, copying the frames into {@code buffer} when
     * it has the right size (live mode reuses one buffer: a multi-megabyte allocation per update is what
     * costs most on a busy machine). The buffer must not be in use by anyone else.
     */
    static FeatureVolume compute(List<float[]> window, int height, int width, KernelBank bank, ConvSpec spec,
            float[] buffer) {
        ConvShape shape = shape(window.size(), height, width, bank, spec);
        if (shape == null) {
            throw new IllegalStateException("the window holds " + window.size() + " frames, too few for one output");
        }
        int last = shape.output().t() - 1;
        int dilationT = shape.dilation().t();
        int kt = shape.kernel().t();
        int span = dilationT * (kt - 1) + 1;
        int begin = last * shape.stride().t() - shape.padding().t();
        int frameSize = height * width * 3;
        float[] data = buffer != null && buffer.length == span * frameSize ? buffer : new float[span * frameSize];
        for (int i = 0; i < span; i++) {
            int t = begin + i;
            if (t >= 0 && t < window.size()) {
                System.arraycopy(window.get(t), 0, data, i * frameSize, frameSize);
            } else { // a padding frame
                Arrays.fill(data, i * frameSize, (i + 1) * frameSize, 0f);
            }
        }
        Volume sub = new Volume(span, height, width, 3, data);
        ConvSpec oneFrame = spec
                .withStride(new Axis3(1, shape.stride().h(), shape.stride().w()))
                .withPadding(Padding.of(0, shape.padding().h(), shape.padding().w()));
        return Conv3d.apply(sub, bank, oneFrame);
    }
}
