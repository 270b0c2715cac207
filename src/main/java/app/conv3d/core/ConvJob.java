package app.conv3d.core;

/**
 * One engine call with everything resolved to array arithmetic: the zero-padded planar input
 * ([c][t][y][x], padding already in the array, so no tap ever needs a bounds check), the tap table shared
 * by all kernels of the bank, and which output frames to compute into which array.
 */
final class ConvJob {
    final ConvShape shape;
    final KernelBank bank;
    final int kernels;
    final int firstFrame;
    final int frames;
    /** Output rows and columns per frame. */
    final int outH;
    final int outW;
    final int strideT;
    final int strideH;
    final int strideW;

    final float[] in;
    /** Distance between rows, frames and channels of {@link #in}. */
    final int rowStep;
    final int frameStep;
    final int channelStep;

    final int taps;
    /** Per tap (ordered c, a, b, d), its offset in {@link #in} from the window's origin. */
    final int[] offsets;
    /** weights[n * taps + i]: kernel n's weight for tap i. */
    final float[] weights;
    final float[] biases;
    final boolean relu;

    /** [n][frame - firstFrame][y][x]. */
    final float[] out;

    ConvJob(Volume volume, KernelBank bank, ConvShape shape, boolean relu, int firstFrame, int frames) {
        this.shape = shape;
        this.bank = bank;
        this.kernels = bank.count();
        this.firstFrame = firstFrame;
        this.frames = frames;
        this.outH = shape.output().h();
        this.outW = shape.output().w();
        this.strideT = shape.stride().t();
        this.strideH = shape.stride().h();
        this.strideW = shape.stride().w();
        this.relu = relu;

        Axis3 pad = shape.padding();
        this.in = volume.planar(pad);
        this.rowStep = volume.width() + 2 * pad.w();
        this.frameStep = rowStep * (volume.height() + 2 * pad.h());
        this.channelStep = frameStep * (volume.frames() + 2 * pad.t());

        Axis3 k = shape.kernel();
        Axis3 dil = shape.dilation();
        int channels = volume.channels();
        this.taps = (int) k.product() * channels;
        this.offsets = new int[taps];
        this.weights = new float[kernels * taps];
        this.biases = new float[kernels];
        int i = 0;
        for (int c = 0; c < channels; c++) {
            for (int a = 0; a < k.t(); a++) {
                for (int b = 0; b < k.h(); b++) {
                    for (int d = 0; d < k.w(); d++, i++) {
                        offsets[i] = c * channelStep + a * dil.t() * frameStep + b * dil.h() * rowStep + d * dil.w();
                        for (int n = 0; n < kernels; n++) {
                            weights[n * taps + i] = bank.get(n).get(a, b, d, c);
                        }
                    }
                }
            }
        }
        for (int n = 0; n < kernels; n++) {
            biases[n] = bank.get(n).bias();
        }
        this.out = new float[kernels * frames * outH * outW];
    }

    /** Index in {@link #in} of the window origin of output (frame, y, x); frame counts from 0, not firstFrame. */
    int inputIndex(int frame, int y, int x) {
        return (firstFrame + frame) * strideT * frameStep + y * strideH * rowStep + x * strideW;
    }

    int outputIndex(int n, int frame, int y, int x) {
        return ((n * frames + frame) * outH + y) * outW + x;
    }

    FeatureVolume result() {
        return new FeatureVolume(kernels, frames, outH, outW, out);
    }
}
