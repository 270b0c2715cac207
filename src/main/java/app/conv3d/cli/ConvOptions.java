package app.conv3d.cli;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Padding;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The input, kernel and geometry options that render and info share. */
final class ConvOptions {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Image folder, animated GIF, or .npy volume (T,H,W,3) or (T,H,W).")
    Path input;

    @Option(names = "--frames", defaultValue = "16", paramLabel = "N",
            description = "Use the first N frames (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--size", defaultValue = "256x256", paramLabel = "HxW|native", converter = FrameSizeConverter.class,
            description = "Target frame size (default ${DEFAULT-VALUE}); native keeps the input size.")
    int[] size;

    @Option(names = "--kernel", required = true, paramLabel = "SPEC",
            description = "A .npy or .json kernel file, (kt,kh,kw,C) or (N,kt,kh,kw,C), or a preset name.")
    String kernel;

    @Option(names = "--bias", paramLabel = "B", description = "Bias added to every kernel's output (replaces the file's).")
    Float bias;

    @Option(names = "--stride", defaultValue = "1,1,1", paramLabel = "T,H,W", converter = Axis3Converter.class,
            description = "Stride per axis (default ${DEFAULT-VALUE}).")
    Axis3 stride;

    @Option(names = "--padding", defaultValue = "valid", paramLabel = "valid|same|T,H,W", converter = PaddingConverter.class,
            description = "Zero padding on both sides (default ${DEFAULT-VALUE}).")
    Padding padding;

    @Option(names = "--dilation", defaultValue = "1,1,1", paramLabel = "T,H,W", converter = Axis3Converter.class,
            description = "Dilation per axis (default ${DEFAULT-VALUE}).")
    Axis3 dilation;

    @Option(names = "--relu", description = "Clamp negative outputs to zero.")
    boolean relu;

    ConvSpec spec() {
        return new ConvSpec(stride, padding, dilation, relu);
    }

    void validateFrames() {
        if (frames < 1 || frames > 4096) {
            throw new app.conv3d.core.InvalidSpecException("--frames must be 1..4096, got " + frames);
        }
    }
}
