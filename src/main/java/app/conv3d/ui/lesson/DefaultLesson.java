package app.conv3d.ui.lesson;

import app.conv3d.capture.SampleClip;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.io.PresetKernels;
import app.conv3d.core.Volume;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** What the window opens with: the built-in waving-hand clip and one 5x5x5x3 random kernel, as the original script. */
public final class DefaultLesson {
    private DefaultLesson() {
    }

    /** Drawn once per run (some half a second of arithmetic): every window, snapshot and benchmark shares it. */
    private static final class Clip {
        static final Volume SAMPLE = SampleClip.generate();
    }

    /** The built-in sample clip, 16 frames of 256x256 RGB; the same (immutable) volume at every call. */
    public static Volume clip() {
        return Clip.SAMPLE;
    }

    /** One 5x5x5x3 kernel of 0.5 * standard normal weights from NumPy's seed 5, no bias: assets/presets/random.json. */
    public static KernelBank kernels() {
        return KernelBank.of(PresetKernels.shipped().build(KernelPreset.RANDOM, KernelPreset.DEFAULT_SIZE, 3));
    }

    /**
     * The default lesson worked out ahead of the window on {@code worker}: the clip (the first stage completes when it
     * is drawn) and then its features as a new {@link Lesson} computes them, for {@link Lesson#load(Volume, Computed)}.
     */
    public static Ahead ahead(Executor worker) {
        CompletableFuture<Long> clip = CompletableFuture.supplyAsync(() -> {
            clip();
            return uptimeMillis();
        }, worker);
        CompletableFuture<Computed> computed = clip.thenApplyAsync(
                drawn -> Lesson.compute(clip(), LessonSize.FULL, kernels(), ConvSpec.VALID), worker);
        return new Ahead(clip, computed);
    }

    /** Milliseconds since the JVM started: when the clip was drawn, for {@code bench --startup}'s report. */
    private static long uptimeMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The two stages of {@link #ahead}: when the clip was drawn (ms since the JVM started), and the features. */
    public record Ahead(CompletableFuture<Long> clip, CompletableFuture<Computed> computed) {
    }
}
