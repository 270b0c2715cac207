package app.conv3d.cli;

import app.conv3d.core.Colormap;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Volume;
import app.conv3d.io.FeatureFiles;
import app.conv3d.io.FeatureGif;
import app.conv3d.io.OutputTransaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Convolves a clip headless and writes the features as .npy and/or an animated GIF. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Convolve a clip with a kernel and write the feature volume as .npy and/or GIF.")
final class RenderCommand implements Callable<Integer> {
    static final int MAX_DELAY_MS = 655_350;

    @Spec
    CommandSpec spec;

    @Mixin
    ConvOptions conv;

    @Option(names = "--out-npy", paramLabel = "FILE",
            description = "The raw features, float32, (T',H',W') or (N,T',H',W').")
    Path outNpy;

    @Option(names = "--gif", paramLabel = "FILE", description = "The feature volume as an animated GIF (first kernel of a bank).")
    Path gif;

    @Option(names = "--delay-ms", defaultValue = "100", paramLabel = "MS", description = "GIF frame delay (default ${DEFAULT-VALUE}).")
    int delayMs;

    @Option(names = "--norm", defaultValue = "minmax", paramLabel = "max|minmax|symmetric",
            description = "Display mapping for the GIF (default ${DEFAULT-VALUE}).")
    String norm;

    @Option(names = "--colormap", defaultValue = "gray", paramLabel = "gray|diverging",
            description = "Colours for the GIF (default ${DEFAULT-VALUE}).")
    String colormap;

    @Override
    public Integer call() throws IOException {
        if (outNpy == null && gif == null) {
            throw new InvalidSpecException("nothing to write: give --out-npy FILE and/or --gif FILE");
        }
        if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
            throw new InvalidSpecException("--delay-ms must be 0.." + MAX_DELAY_MS + ", got " + delayMs);
        }
        FeatureDisplay display = new FeatureDisplay(Normalization.parse(norm), Colormap.parse(colormap));
        new Outputs().input(conv.input).input(conv.kernel == null ? null : KernelSource.file(conv.kernel))
                .output("--out-npy", outNpy).output("--gif", gif).check();
        Volume volume = conv.readInput();
        KernelBank bank = conv.readKernels(volume.channels());
        ConvSpec convSpec = conv.spec();
        ConvShape shape = Conv3d.shape(volume, bank, convSpec);
        OutputSize.check(shape, bank.count());
        FeatureVolume features = Conv3d.apply(volume, bank, convSpec);
        FiniteFeatures.check(features, bank, conv.kernel);
        PrintWriter out = spec.commandLine().getOut();
        Shapes.print(out, volume, bank, shape);
        try (OutputTransaction tx = OutputTransaction.begin()) {
            if (outNpy != null) {
                FeatureFiles.write(outNpy, features);
            }
            if (gif != null) {
                FeatureGif.write(gif, features, 0, display, delayMs);
            }
            tx.commit();
        }
        if (outNpy != null) {
            out.println("wrote " + outNpy);
        }
        if (gif != null) {
            out.println("wrote " + gif);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
