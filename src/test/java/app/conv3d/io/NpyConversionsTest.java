package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyConversionsTest {
    @TempDir
    Path dir;

    private static float[] ramp(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }

    @Test
    void rgbArrayBecomesChannelLastVolume() {
        Volume v = Volumes.fromNpy(NpyArray.float32(ramp(2 * 3 * 4 * 3), 2, 3, 4, 3));
        assertEquals(3, v.channels());
        assertEquals(v.index(1, 2, 3, 1), (int) v.get(1, 2, 3, 1));
    }

    @Test
    void grayArrayBecomesOneChannelVolume() {
        Volume v = Volumes.fromNpy(NpyArray.float32(ramp(24), 2, 3, 4));
        assertEquals(1, v.channels());
        assertEquals(23f, v.get(1, 2, 3, 0));
    }

    @Test
    void wrongRankIsRefused() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> Volumes.fromNpy(NpyArray.float32(ramp(6), 2, 3)));
        assertTrue(e.getMessage().contains("(2, 3)"));
    }

    @Test
    void volumeRoundTripsThroughFile() throws IOException {
        Volume v = new Volume(2, 2, 2, 3, ramp(24));
        Path p = dir.resolve("v.npy");
        Volumes.write(p, v);
        Volume back = Volumes.fromNpy(NpyReader.read(p));
        assertArrayEquals(v.data(), back.data());
        assertEquals(3, back.channels());
    }

    @Test
    void singleKernelShapeBecomesOneKernelBank() {
        KernelBank bank = KernelFiles.fromNpy(NpyArray.float32(ramp(3 * 3 * 3 * 3), 3, 3, 3, 3));
        assertEquals(1, bank.count());
        Kernel k = bank.get(0);
        assertEquals(k.index(2, 1, 0, 2), (int) k.get(2, 1, 0, 2));
        assertEquals(0f, k.bias());
    }

    @Test
    void bankShapeSplitsIntoKernels() {
        KernelBank bank = KernelFiles.fromNpy(NpyArray.float32(ramp(2 * 1 * 2 * 2 * 3), 2, 1, 2, 2, 3));
        assertEquals(2, bank.count());
        assertEquals(12f, bank.get(1).get(0, 0, 0, 0));
    }

    @Test
    void kernelBankRoundTripsThroughFile() throws IOException {
        KernelBank bank = KernelFiles.fromNpy(NpyArray.float32(ramp(2 * 3 * 3 * 3 * 3), 2, 3, 3, 3, 3));
        Path p = dir.resolve("k.npy");
        KernelFiles.write(p, bank);
        assertEquals(bank, KernelFiles.read(p));
    }

    @Test
    void kernelFileWithBadShapeNamesTheFile() throws IOException {
        Path p = dir.resolve("k.npy");
        NpyWriter.write(p, NpyArray.float32(ramp(6), 2, 3));
        BadInputException e = assertThrows(BadInputException.class, () -> KernelFiles.read(p));
        assertEquals(p + ": kernels must have shape (kt, kh, kw, C) or (N, kt, kh, kw, C), got (2, 3)", e.getMessage());
    }

    @Test
    void kernelFileWithNonFiniteWeightNamesTheFile() throws IOException {
        Path p = dir.resolve("k.npy");
        float[] w = ramp(8);
        w[3] = Float.NaN;
        NpyWriter.write(p, NpyArray.float32(w, 2, 2, 2, 1));
        BadInputException e = assertThrows(BadInputException.class, () -> KernelFiles.read(p));
        assertTrue(e.getMessage().startsWith(p + ": kernel weights must be finite"), e.getMessage());
    }

    @Test
    void oneKernelFeaturesAreRank3() throws IOException {
        FeatureVolume f = new FeatureVolume(1, 2, 3, 4, ramp(24));
        Path p = dir.resolve("f.npy");
        FeatureFiles.write(p, f);
        NpyArray back = NpyReader.read(p);
        assertArrayEquals(new int[] {2, 3, 4}, back.shape());
        assertArrayEquals(f.data(), back.data());
    }

    @Test
    void bankFeaturesAreRank4() throws IOException {
        FeatureVolume f = new FeatureVolume(2, 2, 3, 4, ramp(48));
        Path p = dir.resolve("f.npy");
        FeatureFiles.write(p, f);
        NpyArray back = NpyReader.read(p);
        assertArrayEquals(new int[] {2, 2, 3, 4}, back.shape());
        assertEquals(NpyDtype.FLOAT32, back.dtype());
        assertArrayEquals(f.data(), back.data());
    }
}
