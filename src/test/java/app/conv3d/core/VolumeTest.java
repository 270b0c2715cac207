package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void aVolumeMadeFromPlanarValuesIsTheSameVolume() {
        Random rnd = new Random(7);
        float[] data = new float[3 * 4 * 5 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        Volume interleaved = new Volume(3, 4, 5, 3, data.clone());
        float[] planar = interleaved.planar().clone();
        Volume fromPlanar = Volume.fromPlanar(3, 4, 5, 3, planar);
        assertSame(planar, fromPlanar.planar(), "the planar values are the engine's, not copied");
        assertArrayEquals(data, fromPlanar.data());
        assertEquals(interleaved.get(2, 3, 4, 1), fromPlanar.get(2, 3, 4, 1));
        assertArrayEquals(interleaved.frames(1, 2).data(), fromPlanar.frames(1, 2).data());
        Kernel k = new Kernel(2, 3, 3, 3, weights(rnd));
        assertArrayEquals(Conv3d.apply(interleaved, KernelBank.of(k), ConvSpec.VALID.withPadding(Padding.SAME)).data(),
                Conv3d.apply(fromPlanar, KernelBank.of(k), ConvSpec.VALID.withPadding(Padding.SAME)).data(), 1e-4f);
    }

    private static float[] weights(Random rnd) {
        float[] w = new float[2 * 3 * 3 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rnd.nextGaussian();
        }
        return w;
    }
}
