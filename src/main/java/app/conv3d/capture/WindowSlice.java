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
 * One output frame of a convolution over a window of frames, computed from only the input frames it reads:
 * the frames under the kernel's time span at that position (zero frames where time padding reaches past
 * the window), convolved at time stride 1 and no time padding, which gives exactly one output frame equal to
 * that frame of the full convolution.
 *
 * <p>{@code Conv3d.applyFrames(window, bank, spec, t, 1)} gives the same numbers, but it would take the whole
 * 16-frame window as a volume, copied (and converted by the engine) on every update; the sub-volume copies
 * only the frames under the kernel, already in the engine's planar order.
 */
final class WindowSlice {
    private WindowSlice() {
    }

    /** Frames the kernel spans in time: the size of the buffer {@link #compute} fills. */
    static int span(KernelBank bank, ConvSpec spec) {
        return spec.dilation().t() * (bank.size().t() - 1) + 1;
    }

    /** The output shape for a window of {@code frames}, or null when the window is still too short for one output. */
    static ConvShape shape(int frames, int height, int width, KernelBank bank, ConvSpec spec) {
        Axis3 pad = spec.padding().resolve(bank.size(), spec.dilation());
        if (frames + 2L * pad.t() < span(bank, spec)) {
            return null;
        }
        return spec.shape(new Axis3(frames, height, width), bank.size());
    }

    /** The window's first input frame that output frame {@code t} reads (negative in the time padding). */
    static int firstFrame(ConvShape shape, int t) {
        return t * shape.stride().t() - shape.padding().t();
    }

    /**
     * N x 1 x H' x W': output frame {@code t} over {@code window} (frames in time order, each in planar order
     * [c][y][x], see {@link app.conv3d.core.Volume#toPlanar}), copying the frames into {@code buffer} when it has the right size (live
     * mode reuses one buffer: a multi-megabyte allocation per update is what costs most on a busy machine). The
     * buffer must not be in use by anyone else.
     */
    static FeatureVolume compute(List<float[]> window, int t, int height, int width, KernelBank bank, ConvSpec spec,
            float[] buffer) {
        ConvShape shape = shape(window.size(), height, width, bank, spec);
        if (shape == null) {
            throw new IllegalStateException("the window holds " + window.size() + " frames, too few for one output");
        }
        if (t < 0 || t >= shape.output().t()) {
            throw new IllegalArgumentException("output frame " + t + " is outside 0.." + (shape.output().t() - 1));
        }
        int span = span(bank, spec);
        int begin = firstFrame(shape, t);
        int plane = height * width;
        float[] data = buffer != null && buffer.length == span * plane * 3 ? buffer : new float[span * plane * 3];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < span; i++) {
                int f = begin + i;
                int to = (c * span + i) * plane;
                if (f >= 0 && f < window.size()) {
                    System.arraycopy(window.get(f), c * plane, data, to, plane);
                } else { // a padding frame
                    Arrays.fill(data, to, to + plane, 0f);
                }
            }
        }
        Volume sub = Volume.fromPlanar(span, height, width, 3, data);
        ConvSpec oneFrame = spec
                .withStride(new Axis3(1, shape.stride().h(), shape.stride().w()))
                .withPadding(Padding.of(0, shape.padding().h(), shape.padding().w()));
        return Conv3d.apply(sub, bank, oneFrame);
    }
}
