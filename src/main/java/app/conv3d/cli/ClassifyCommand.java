package app.conv3d.cli;

import app.conv3d.core.Axis3;
import app.conv3d.core.Volume;
import app.conv3d.io.BadInputException;
import app.conv3d.io.ClipReader;
import app.conv3d.io.FrameSize;
import app.conv3d.io.ModelJson;
import app.conv3d.train.ClipClassifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Classifies one clip with a model made by {@code train --model}. */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print each class's probability for a clip, with a model made by 'train --model'.")
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The model (train --model).")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "CLIP", description = "A folder of frames, a GIF or a .npy.")
    Path input;

    @Override
    public Integer call() throws IOException {
        ClipClassifier classifier = ModelJson.read(model);
        Axis3 size = classifier.clipSize();
        Volume clip = ClipReader.read(input, size.t(), FrameSize.of(size.h(), size.w()));
        if (clip.frames() != size.t()) {
            throw new BadInputException(input, "has " + clip.frames() + " frames; the model takes " + size.t());
        }
        double[] p = classifier.probabilities(clip);
        PrintWriter out = spec.commandLine().getOut();
        for (int j = 0; j < p.length; j++) {
            out.printf(Locale.ROOT, "%s %.4f%n", classifier.classes().get(j), p[j]);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
