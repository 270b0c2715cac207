package app.conv3d.train;

import app.conv3d.train.MotionClips.Motion;
import java.util.List;

/**
 * The speed workload: one epoch (forward and backward, Adam steps) over 36 synthetic clips of 16x32x32x3,
 * twelve of each motion, with four kernels of 5x5x5x3 and the default mini-batches.
 */
public final class TrainBenchmark {
    public static final int CLIPS_PER_CLASS = 12;
    public static final int FRAMES = 16;
    public static final int SIZE = 32;

    private TrainBenchmark() {
    }

    /** The milliseconds of each of {@code runs} epochs after {@code warmup} untimed ones, in the order run. */
    public static double[] epochMillis(int warmup, int runs) {
        List<Motion> motions = List.of(Motion.values());
        List<LabeledClip> clips = new MotionClips(0).labeled(motions, CLIPS_PER_CLASS, FRAMES, SIZE, SIZE);
        Trainer trainer = new Trainer(motions.stream().map(Motion::label).toList(), clips, TrainingOptions.DEFAULT
                .withEpochs(TrainingOptions.MAX_EPOCHS));
        for (int i = 0; i < warmup; i++) {
            trainer.epoch();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            trainer.epoch();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }
}
