package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** Small clips, features and progress probes shared by the export tests. */
final class ExportFixtures {
    static final Axis3 KERNEL = new Axis3(5, 3, 3);

    private ExportFixtures() {
    }

    /** A moving colour gradient, {@code frames x 24 x 20 x 3}. */
    static Volume clip(int frames) {
        int h = 24;
        int w = 20;
        float[] d = new float[frames * h * w * 3];
        for (int t = 0, i = 0; t < frames; t++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    d[i++] = (x * 12 + t * 9) % 256;
                    d[i++] = y * 10;
                    d[i++] = (t * 15 + x + y) % 256;
                }
            }
        }
        return new Volume(frames, h, w, 3, d);
    }

    /** The valid convolution of {@link #clip} with a {@link #KERNEL}-sized bank. */
    static ConvShape validShape(Volume clip) {
        return ConvSpec.VALID.shape(clip.size(), KERNEL);
    }

    /** Signed values, distinct per kernel, of the given per-kernel size. */
    static FeatureVolume features(int kernels, Axis3 size) {
        float[] v = new float[kernels * size.t() * size.h() * size.w()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (Math.sin(i * 0.37) * 40 + (i % 11) - 5);
        }
        return new FeatureVolume(kernels, size.t(), size.h(), size.w(), v);
    }

    /** Records every fraction reported. */
    static final class Recorded {
        final List<Double> fractions = new java.util.ArrayList<>();
        final ExportProgress progress = ExportProgress.of(fractions::add, () -> false);

        void assertRisesToOne() {
            for (int i = 1; i < fractions.size(); i++) {
                if (fractions.get(i) < fractions.get(i - 1)) {
                    throw new AssertionError("progress went back: " + fractions);
                }
            }
            assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9, "progress ends at 1: " + fractions);
        }
    }

    /** Asks to cancel once more than {@code fraction} is reported done. */
    static ExportProgress cancelAfter(double fraction) {
        AtomicBoolean stop = new AtomicBoolean();
        return ExportProgress.of(f -> stop.compareAndSet(false, f > fraction), stop::get);
    }

    /** A failure (as a full disk would give) once more than {@code fraction} is done. */
    static ExportProgress failAfter(double fraction) {
        return ExportProgress.of(f -> {
            if (f > fraction) {
                throw new java.io.UncheckedIOException(new IOException("injected failure"));
            }
        }, () -> false);
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
