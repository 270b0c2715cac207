package app.conv3d.cli;

import app.conv3d.core.Axis3;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.io.BankFiles;
import app.conv3d.io.FrameSize;
import app.conv3d.io.ModelJson;
import app.conv3d.io.OutputTransaction;
import app.conv3d.io.TrainingFolders;
import app.conv3d.io.TrainingFolders.TrainingSet;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.EpochResult;
import app.conv3d.train.Trainer;
import app.conv3d.train.TrainingOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Learns 3D kernels that tell the classes of a folder of clips apart (docs/training.md). */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Learn kernels that tell classes of clips apart. DIR/<class>/ holds one clip per entry (a folder "
                + "of frames, a GIF or a .npy); prints 'epoch N loss L train-acc A' per epoch, then the accuracy.")
final class TrainCommand implements Callable<Integer> {
    static final int MAX_FRAMES = 4096;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The training clips, DIR/<class>/<clip>.")
    Path data;

    @Option(names = "--test", paramLabel = "DIR", description = "Held-out clips in the same layout, to measure accuracy on.")
    Path test;

    @Option(names = "--kernels", defaultValue = "4", paramLabel = "K", description = "Kernels to learn (default ${DEFAULT-VALUE}).")
    int kernels;

    @Option(names = "--kernel-size", defaultValue = "5x5x5", paramLabel = "TxHxW", converter = Axis3Converter.class,
            description = "Each kernel's frames, height and width (default ${DEFAULT-VALUE}; 1xHxW is frame by frame).")
    Axis3 kernelSize;

    @Option(names = "--size", defaultValue = "32x32", paramLabel = "HxW", description = "Every frame is fitted to this (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--frames", defaultValue = "16", paramLabel = "N", description = "Frames read per clip (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--epochs", defaultValue = "30", paramLabel = "E", description = "Passes over the clips (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of the first weights and the orders (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "The learned kernels for clips in 0..255 (for the kernel lab or render --kernel): .json with "
                    + "their biases, or .npy (weights only: a kernel .npy holds no biases).")
    Path out;

    @Option(names = "--model", paramLabel = "FILE", description = "The whole model as JSON, for classify --model.")
    Path model;

    @Override
    public Integer call() throws IOException {
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new InvalidSpecException("--frames must be 1.." + MAX_FRAMES + ", got " + frames);
        }
        if (out != null && !BankFiles.isKnown(out)) {
            throw new InvalidSpecException(out + ": --out must end in .npy or .json");
        }
        FrameSize frameSize = named("--size", () -> FrameSize.parse(size));
        if (frameSize.isNative()) {
            throw new InvalidSpecException("--size must be HxW: every clip is fitted to one size");
        }
        if (kernelSize.t() < 1 || kernelSize.h() < 1 || kernelSize.w() < 1) {
            throw new InvalidSpecException("--kernel-size must be at least 1 on every axis, got " + kernelSize.t() + "x"
                    + kernelSize.h() + "x" + kernelSize.w());
        }
        // the classifier's own check, before any clip is read: a kernel larger than the clips leaves no output
        named("--kernel-size", () -> ClipClassifier.SPEC.shape(new Axis3(frames, frameSize.height(), frameSize.width()),
                kernelSize));
        TrainingOptions withKernels = named("--kernels", () -> TrainingOptions.DEFAULT.withKernels(kernels));
        TrainingOptions withEpochs = named("--epochs", () -> withKernels.withKernelSize(kernelSize).withEpochs(epochs));
        TrainingOptions options = named("--seed", () -> withEpochs.withSeed(seed));
        new Outputs().inputFolder(data).inputFolder(test).output("--out", out).output("--model", model).check();
        TrainingSet train = TrainingFolders.read(data, frames, frameSize);
        TrainingSet held = test == null ? null : TrainingFolders.readHeldOut(test, train.classes(), frames, frameSize,
                train.files().get(0), train.clips().get(0).clip());
        Trainer trainer = new Trainer(train.classes(), train.clips(), options);
        PrintWriter printer = spec.commandLine().getOut();
        for (int e = 0; e < options.epochs(); e++) {
            EpochResult r = trainer.epoch();
            printer.printf(Locale.ROOT, "epoch %d loss %.4f train-acc %.3f%n", r.epoch(), r.loss(), r.trainAccuracy());
            printer.flush();
        }
        ClipClassifier result = trainer.model();
        try (OutputTransaction tx = OutputTransaction.begin()) {
            if (out != null) {
                BankFiles.write(out, result.bankForRawClips());
            }
            if (model != null) {
                ModelJson.write(model, result);
            }
            tx.commit();
        }
        if (out != null) {
            printer.println("wrote " + out);
        }
        if (model != null) {
            printer.println("wrote " + model);
        }
        TrainingSet measured = held == null ? train : held;
        printer.printf(Locale.ROOT, "%s accuracy %.3f (%d clips)%n", held == null ? "train" : "test",
                Trainer.accuracy(result, measured.clips()), measured.clips().size());
        printer.flush();
        return ExitCodes.OK;
    }

    /**
     * {@code make}'s result; its problem named after {@code option}, which is what the user typed: "--epochs must be
     * 1..10000, got 0" rather than "epochs must be ...", whose word may not be the option's.
     */
    static <T> T named(String option, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidSpecException e) {
            String message = e.getMessage();
            String word = option.substring(2);
            for (String lead : new String[] {word + " ", "the " + word + " "}) {
                if (message.startsWith(lead)) {
                    throw new InvalidSpecException(option + " " + message.substring(lead.length()));
                }
            }
            throw new InvalidSpecException(option + ": " + message);
        }
    }
}
