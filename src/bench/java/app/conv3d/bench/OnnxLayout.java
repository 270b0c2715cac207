package app.conv3d.bench;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Our channel-last arrays in ONNX's channel-first order, in direct buffers ONNX Runtime reads in place.
 * Done once per trial, outside the timed region: it is the peer's setup, as the planar copy is ours.
 */
final class OnnxLayout {
    private OnnxLayout() {
    }

    /** [t][y][x][c] to [c][t][y][x], i.e. NCDHW with N = 1. */
    static FloatBuffer volume(Volume volume) {
        float[] data = volume.data();
        int channels = volume.channels();
        int plane = volume.frames() * volume.height() * volume.width();
        FloatBuffer out = direct(data.length);
        for (int c = 0; c < channels; c++) {
            for (int px = 0; px < plane; px++) {
                out.put(c * plane + px, data[px * channels + c]);
            }
        }
        return out;
    }

    /** Each kernel's [a][b][d][c] to [c][a][b][d], kernels one after another: (N, C, kt, kh, kw). */
    static FloatBuffer weights(KernelBank bank) {
        int taps = bank.get(0).taps();
        int channels = bank.channels();
        int spatial = taps / channels;
        FloatBuffer out = direct(bank.count() * taps);
        for (int n = 0; n < bank.count(); n++) {
            Kernel k = bank.get(n);
            float[] w = k.weights();
            for (int c = 0; c < channels; c++) {
                for (int s = 0; s < spatial; s++) {
                    out.put(n * taps + c * spatial + s, w[s * channels + c]);
                }
            }
        }
        return out;
    }

    static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(Math.multiplyExact(floats, Float.BYTES))
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
