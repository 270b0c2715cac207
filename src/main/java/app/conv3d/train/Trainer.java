package app.conv3d.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.NumpyRandom;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Trains a {@link ClipClassifier} epoch by epoch: the clips in a new order each epoch, mini-batches, one Adam step
 * per batch. Everything random (the first weights, the orders) comes from one NumPy-compatible generator seeded
 * with {@link TrainingOptions#seed()}, and the engine is warmed up before the first epoch (the scalar engine that
 * stands in meanwhile rounds differently), so a seed gives the same model every time on one machine.
 * Not thread-safe: one thread trains; it may be interrupted between batches ({@link CancellationException}).
 */
public final class Trainer {
    private static final long WARM_UP_MILLIS = 60_000;

    private final TrainingOptions options;
    private final List<Volume> clips;
    private final int[] labels;
    private final Parameters layout;
    private final NumpyRandom random;
    private final Adam adam;
    private final float[] params;
    private final ClipClassifier template;
    private ClipClassifier model;
    private int epochsDone;

    /** {@code clips} are in 0..255, all of one size, each class of {@code classes} with at least one clip. */
    public Trainer(List<String> classes, List<LabeledClip> clips, TrainingOptions options) {
        if (clips.isEmpty()) {
            throw new InvalidSpecException("no clips to train on");
        }
        Volume first = clips.get(0).clip();
        int[] perClass = new int[classes.size()];
        this.clips = new ArrayList<>(clips.size());
        this.labels = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            LabeledClip c = clips.get(i);
            if (c.label() < 0 || c.label() >= classes.size()) {
                throw new InvalidSpecException("clip " + i + " has class " + c.label() + " of " + classes.size());
            }
            if (!c.clip().size().equals(first.size()) || c.clip().channels() != first.channels()) {
                throw new InvalidSpecException("clip " + i + " is " + c.clip() + " but clip 0 is " + first
                        + ": every clip needs one size");
            }
            perClass[c.label()]++;
            this.clips.add(ClipClassifier.scaled(c.clip()));
            labels[i] = c.label();
        }
        for (int j = 0; j < perClass.length; j++) {
            if (perClass[j] == 0) {
                throw new InvalidSpecException("class '" + classes.get(j) + "' has no clips");
            }
        }
        this.options = options;
        this.random = new NumpyRandom(options.seed());
        this.template = initial(classes, first.size(), first.channels(), options, random);
        this.model = template;
        this.layout = Parameters.of(template);
        this.params = layout.flatten(template);
        this.adam = new Adam(params.length, options.learningRate());
    }

    /** He-initialised kernels (for the ReLU) without a mean colour, zero biases, a linear layer of standard deviation 1/sqrt(K). */
    private static ClipClassifier initial(List<String> classes, Axis3 clipSize, int channels,
                                          TrainingOptions options, NumpyRandom random) {
        Axis3 k = options.kernelSize();
        int taps = (int) k.product() * channels;
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < options.kernels(); n++) {
            float[] w = floats(random.gaussians(taps, Math.sqrt(2.0 / taps)));
            kernels.add(new Kernel(k.t(), k.h(), k.w(), channels, withoutMeanColour(w, channels)));
        }
        float[] weights = floats(random.gaussians(classes.size() * options.kernels(), 1 / Math.sqrt(options.kernels())));
        return new ClipClassifier(classes, clipSize, new KernelBank(kernels), weights, new float[classes.size()]);
    }

    /**
     * Each colour's weights less their mean: a new kernel then ignores the clip's overall colour, which differs
     * from clip to clip far more than anything moving does and would otherwise drown the motion in the average.
     */
    private static float[] withoutMeanColour(float[] w, int channels) {
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int i = c; i < w.length; i += channels) {
                sum += w[i];
            }
            float mean = (float) (sum / (w.length / channels));
            for (int i = c; i < w.length; i += channels) {
                w[i] -= mean;
            }
        }
        return w;
    }

    private static float[] floats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    public TrainingOptions options() {
        return options;
    }

    /** The model after the epochs so far (the initial one before the first). */
    public ClipClassifier model() {
        return model;
    }

    public int epochsDone() {
        return epochsDone;
    }

    /** Runs one more epoch. */
    public EpochResult epoch() {
        if (epochsDone == 0) {
            awaitEngine();
        }
        int[] order = shuffled(clips.size());
        double loss = 0;
        int correct = 0;
        for (int start = 0; start < order.length; start += options.batchSize()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("training stopped");
            }
            int end = Math.min(order.length, start + options.batchSize());
            List<Volume> batch = new ArrayList<>(end - start);
            int[] batchLabels = new int[end - start];
            for (int i = start; i < end; i++) {
                batch.add(clips.get(order[i]));
                batchLabels[i - start] = labels[order[i]];
            }
            Gradients g = BatchGradient.of(model, batch, batchLabels);
            loss += g.loss() * batch.size();
            correct += g.correct();
            adam.step(params, g.flat());
            model = layout.unflatten(params, template);
        }
        epochsDone++;
        return new EpochResult(epochsDone, loss / order.length, (double) correct / order.length);
    }

    private static void awaitEngine() {
        Conv3d.warmUp();
        try {
            Conv3d.awaitWarm(WARM_UP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("training stopped");
        }
    }

    /** Fisher-Yates on the seeded generator. */
    private int[] shuffled(int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = (int) (random.nextDouble() * (i + 1));
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The share of {@code clips} (in 0..255) whose most probable class is their own. */
    public static double accuracy(ClipClassifier model, List<LabeledClip> clips) {
        int correct = 0;
        for (LabeledClip c : clips) {
            if (model.forward(ClipClassifier.scaled(c.clip())).predicted() == c.label()) {
                correct++;
            }
        }
        return clips.isEmpty() ? 0 : (double) correct / clips.size();
    }
}
