package app.conv3d.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.NumpyRandom;

/** How to train: the kernels' number and size, epochs, mini-batch size, Adam's step size and the seed. */
public record TrainingOptions(int kernels, Axis3 kernelSize, int epochs, int batchSize, double learningRate,
                              long seed) {
    public static final int MAX_EPOCHS = 10_000;

    /** Four kernels of 5x5x5, 30 epochs, batches of 8, step 0.02, seed 0. */
    public static final TrainingOptions DEFAULT = new TrainingOptions(4, Axis3.all(5), 30, 8, 0.02, 0);

    public TrainingOptions {
        if (kernels < 1 || kernels > KernelBank.MAX_KERNELS) {
            throw new InvalidSpecException("kernels must be 1.." + KernelBank.MAX_KERNELS + ", got " + kernels);
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new InvalidSpecException("epochs must be 1.." + MAX_EPOCHS + ", got " + epochs);
        }
        if (batchSize < 1) {
            throw new InvalidSpecException("the batch size must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new InvalidSpecException("the learning rate must be a positive number, got " + learningRate);
        }
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw new InvalidSpecException("the seed must be 0.." + NumpyRandom.MAX_SEED + ", got " + seed);
        }
    }

    public TrainingOptions withKernels(int k) {
        return new TrainingOptions(k, kernelSize, epochs, batchSize, learningRate, seed);
    }

    public TrainingOptions withKernelSize(Axis3 size) {
        return new TrainingOptions(kernels, size, epochs, batchSize, learningRate, seed);
    }

    public TrainingOptions withEpochs(int e) {
        return new TrainingOptions(kernels, kernelSize, e, batchSize, learningRate, seed);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(kernels, kernelSize, epochs, batchSize, learningRate, s);
    }
}
