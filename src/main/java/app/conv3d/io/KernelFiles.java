package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kernels as {@code .npy} arrays: {@code (kt, kh, kw, C)} is one kernel, {@code (N, kt, kh, kw, C)} a bank.
 * The format holds weights only, so biases read as zero and are not written.
 */
public final class KernelFiles {
    private KernelFiles() {
    }

    public static KernelBank read(Path file) throws IOException {
        NpyArray array = NpyReader.read(file);
        try {
            return fromNpy(array);
        } catch (InvalidSpecException e) {
            throw new BadInputException(file, e.getMessage(), e);
        }
    }

    /** @throws InvalidSpecException if the shape is not a kernel's or a weight is not finite */
    public static KernelBank fromNpy(NpyArray array) {
        int[] s = array.shape();
        if (s.length != 4 && s.length != 5) {
            throw new InvalidSpecException(IoTexts.text("kernelNpy.shape", array.shapeText()));
        }
        int n = s.length == 5 ? s[0] : 1;
        int o = s.length - 4;
        if (n < 1) {
            throw new InvalidSpecException(IoTexts.text("kernelNpy.none", array.shapeText()));
        }
        if (n > KernelBank.MAX_KERNELS) {
            throw new InvalidSpecException(IoTexts.text("kernelNpy.tooMany", KernelBank.MAX_KERNELS, n));
        }
        int taps = s[o] * s[o + 1] * s[o + 2] * s[o + 3];
        List<Kernel> kernels = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            float[] w = Arrays.copyOfRange(array.data(), k * taps, (k + 1) * taps);
            kernels.add(new Kernel(s[o], s[o + 1], s[o + 2], s[o + 3], w));
        }
        return new KernelBank(kernels);
    }

    /** One kernel as {@code (kt, kh, kw, C)}, several as {@code (N, kt, kh, kw, C)}; float32. */
    public static NpyArray toNpy(KernelBank bank) {
        Kernel first = bank.get(0);
        int taps = first.taps();
        float[] data = new float[bank.count() * taps];
        for (int k = 0; k < bank.count(); k++) {
            System.arraycopy(bank.get(k).weights(), 0, data, k * taps, taps);
        }
        int[] one = {first.depth(), first.height(), first.width(), first.channels()};
        if (bank.count() == 1) {
            return NpyArray.float32(data, one);
        }
        return NpyArray.float32(data, bank.count(), one[0], one[1], one[2], one[3]);
    }

    public static void write(Path target, KernelBank bank) throws IOException {
        NpyWriter.write(target, toNpy(bank));
    }
}
