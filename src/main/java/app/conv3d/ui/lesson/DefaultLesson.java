package app.conv3d.ui.lesson;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.Random;

/** What the window opens with: the built-in clip and one 5x5x5x3 random kernel, as the original script. */
public final class DefaultLesson {
    private DefaultLesson() {
    }

    /**
     * The opening clip: 16 frames of 256x256 RGB.
     * TODO(uimain): switch to capture.SampleClip.generate(16, 256, 256) once it is on main.
     */
    public static Volume clip() {
        int t = 16;
        int h = 256;
        int w = 256;
        float[] data = new float[t * h * w * 3];
        int i = 0;
        for (int f = 0; f < t; f++) {
            double cx = 64 + f * 8;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean disc = (x - cx) * (x - cx) + (y - 128) * (y - 128) < 40 * 40;
                    float background = ((x / 16 + y / 16) % 2 == 0) ? 90 : 60;
                    data[i++] = disc ? 230 : background;
                    data[i++] = disc ? 190 : background + 20;
                    data[i++] = disc ? 150 : background + 40;
                }
            }
        }
        return new Volume(t, h, w, 3, data);
    }

    /**
     * One 5x5x5x3 kernel of 0.5 * standard normal weights, seed 5, no bias.
     * TODO(uimain): switch to core.KernelPreset's seed-5 NumPy-compatible kernel once it is on main.
     */
    public static KernelBank kernels() {
        Random rnd = new Random(5);
        float[] weights = new float[5 * 5 * 5 * 3];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = (float) (0.5 * rnd.nextGaussian());
        }
        return KernelBank.of(new Kernel(5, 5, 5, 3, weights));
    }
}
