package app.conv3d.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss's gradient with respect to the kernels' weights, computed by the convolution engine:
 * {@code dK[n,a,b,d,c] = sum over clips i and positions (t,y,x) of G_i[n,t,y,x] * V_i[t+a, y+b, x+d, c]}, the
 * correlation of the input with the upstream gradient G (the loss's gradient with respect to the features).
 *
 * <p>That is a convolution in which the upstream gradient is the kernel: the clips become the channels of one
 * volume (clip i is channel i) and kernel n holds G_i[n] in channel i, so the engine's sum over channels is the
 * sum over the batch. Its output, kt x kh x kw per kernel, would be too narrow for the engine's vectors (which run
 * along the output's width), so the colours are laid side by side along the width instead of being channels:
 * the kernel, as wide as the upstream gradient, then fits within one colour at the first kw positions of each,
 * and one call gives every colour (the positions straddling two colours are computed and not used).
 * A kernel may be at most {@link Kernel#MAX_SIZE} long per axis, so a larger output grid is cut into tiles
 * whose gradients add up; and a batch is split into calls of a few clips ({@link #clipsPerCall}), which the cache
 * holds.
 */
final class KernelGradient {
    /**
     * A call's kernels and volume at most, in floats (768 KB, within one core's 1 MB L2 cache on this machine):
     * two clips of 16x32x32 with 4 kernels. bench --train at load 12-13, three rounds of medians: 1 clip a call
     * 206/168/182 ms, 2 clips 162/186/145 ms, the whole batch of 8 298/221/232 ms.
     */
    static final long CALL_FLOATS = 192 * 1024;

    private KernelGradient() {
    }

    /**
     * {@code upstream.get(i)} is the gradient with respect to clip i's features (K x T' x H' x W', for a valid
     * convolution with kernels of {@code kernelSize}); returns dK per kernel, laid out as {@link Kernel#index}.
     */
    static float[][] of(List<Volume> clips, List<FeatureVolume> upstream, Axis3 kernelSize) {
        FeatureVolume first = upstream.get(0);
        int kernels = first.kernels();
        int channels = clips.get(0).channels();
        Axis3 out = first.size();
        float[][] grad = new float[kernels][(int) kernelSize.product() * channels];
        int chunk = clipsPerCall(kernels, out, clips.get(0));
        for (int from = 0; from < clips.size(); from += chunk) {
            int to = Math.min(clips.size(), from + chunk);
            addClips(clips.subList(from, to), upstream.subList(from, to), kernelSize, grad);
        }
        return grad;
    }

    /**
     * How many clips one engine call takes: as many as keep its kernels and volume within {@link #CALL_FLOATS}, since
     * the engine reads all of both for every block of output (the gradients of the chunks add up).
     */
    static int clipsPerCall(int kernels, Axis3 out, Volume clip) {
        long perClip = (long) kernels * Math.min(out.product(), (long) Kernel.MAX_SIZE * Kernel.MAX_SIZE * Kernel.MAX_SIZE)
                + (long) clip.frames() * clip.height() * clip.width() * clip.channels();
        return (int) Math.max(1, CALL_FLOATS / perClip);
    }

    private static void addClips(List<Volume> clips, List<FeatureVolume> upstream, Axis3 kernelSize, float[][] grad) {
        Axis3 out = upstream.get(0).size();
        for (int t0 = 0; t0 < out.t(); t0 += Kernel.MAX_SIZE) {
            for (int y0 = 0; y0 < out.h(); y0 += Kernel.MAX_SIZE) {
                for (int x0 = 0; x0 < out.w(); x0 += Kernel.MAX_SIZE) {
                    Axis3 origin = new Axis3(t0, y0, x0);
                    Axis3 tile = new Axis3(Math.min(Kernel.MAX_SIZE, out.t() - t0),
                            Math.min(Kernel.MAX_SIZE, out.h() - y0), Math.min(Kernel.MAX_SIZE, out.w() - x0));
                    addTile(clips, upstream, kernelSize, origin, tile, grad);
                }
            }
        }
    }

    private static void addTile(List<Volume> clips, List<FeatureVolume> upstream, Axis3 kernelSize,
                                Axis3 origin, Axis3 tile, float[][] grad) {
        KernelBank gradients = upstreamAsKernels(upstream, origin, tile);
        Axis3 span = new Axis3(tile.t() + kernelSize.t() - 1, tile.h() + kernelSize.h() - 1,
                tile.w() + kernelSize.w() - 1);
        int channels = clips.get(0).channels();
        FeatureVolume dk = Conv3d.apply(coloursSideBySide(clips, origin, span), gradients, ConvSpec.VALID);
        for (int n = 0; n < dk.kernels(); n++) {
            for (int a = 0; a < kernelSize.t(); a++) {
                for (int b = 0; b < kernelSize.h(); b++) {
                    for (int d = 0; d < kernelSize.w(); d++) {
                        for (int c = 0; c < channels; c++) {
                            grad[n][((a * kernelSize.h() + b) * kernelSize.w() + d) * channels + c]
                                    += dk.get(n, a, b, c * span.w() + d);
                        }
                    }
                }
            }
        }
    }

    /** Kernel n holds clip i's upstream gradient for kernel n (over {@code tile} from {@code origin}) in channel i. */
    private static KernelBank upstreamAsKernels(List<FeatureVolume> upstream, Axis3 origin, Axis3 tile) {
        int batch = upstream.size();
        int kernels = upstream.get(0).kernels();
        List<Kernel> list = new ArrayList<>(kernels);
        for (int n = 0; n < kernels; n++) {
            float[] w = new float[(int) tile.product() * batch];
            for (int i = 0; i < batch; i++) {
                FeatureVolume g = upstream.get(i);
                float[] data = g.data();
                int j = i;
                for (int t = 0; t < tile.t(); t++) {
                    for (int y = 0; y < tile.h(); y++) {
                        int from = g.index(n, origin.t() + t, origin.h() + y, origin.w());
                        for (int x = 0; x < tile.w(); x++, j += batch) {
                            w[j] = data[from + x];
                        }
                    }
                }
            }
            list.add(new Kernel(tile.t(), tile.h(), tile.w(), batch, w));
        }
        return new KernelBank(list);
    }

    /**
     * The clips over {@code span} from {@code origin} with their colours side by side along the width (colour c
     * in columns {@code [c * span.w, (c + 1) * span.w)}) and clip i as channel i.
     */
    private static Volume coloursSideBySide(List<Volume> clips, Axis3 origin, Axis3 span) {
        int batch = clips.size();
        int colours = clips.get(0).channels();
        int width = colours * span.w();
        float[] v = new float[(int) span.product() * colours * batch];
        for (int i = 0; i < batch; i++) {
            Volume clip = clips.get(i);
            float[] data = clip.data();
            for (int t = 0; t < span.t(); t++) {
                for (int y = 0; y < span.h(); y++) {
                    int row = (t * span.h() + y) * width;
                    for (int c = 0; c < colours; c++) {
                        int from = clip.index(origin.t() + t, origin.h() + y, origin.w(), c);
                        int to = (row + c * span.w()) * batch + i;
                        for (int x = 0; x < span.w(); x++) {
                            v[to + x * batch] = data[from + x * colours];
                        }
                    }
                }
            }
        }
        return new Volume(span.t(), span.h(), width, batch, v);
    }
}
