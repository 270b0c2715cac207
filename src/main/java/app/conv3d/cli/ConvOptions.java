package app.conv3d.cli;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Padding;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.capture.SampleClip;
import app.conv3d.io.ClipReader;
import app.conv3d.io.FrameSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The input, kernel and geometry options that render and info share. */
final class ConvOptions {
    /** The --input that names the built-in clip (a file of that name wins). */
    static final String SAMPLE = "sample";

    @Option(names = "--input", paramLabel = "PATH",
            description = "Image folder, animated GIF, or .npy volume (T,H,W,3) or (T,H,W); "
                    + "'sample' is the built-in hand-wave clip.")
    Path input;

    @Option(names = "--frames", defaultValue = "16", paramLabel = "N",
            description = "Use the first N frames (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--size", defaultValue = "256x256", paramLabel = "HxW|native",
            description = "Target frame size (default ${DEFAULT-VALUE}); native keeps the input size.")
    String size;

    @Option(names = "--kernel", paramLabel = "SPEC",
            description = "A .npy or .json kernel file, (kt,kh,kw,C) or (N,kt,kh,kw,C); or a preset such as "
                    + "temporal-difference or random:seed=5,std=0.5,size=5x5x5 (see 'info --kernels').")
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

    /** Reads the clip as asked; every problem is a one-line user error. */
    Volume readInput() throws IOException {
        if (input == null) {
            throw new InvalidSpecException("--input is required: an image folder, animated GIF or .npy volume");
        }
        if (frames < 1 || frames > 4096) {
            throw new InvalidSpecException("--frames must be 1..4096, got " + frames);
        }
        FrameSize target = FrameSize.parse(size);
        if (input.toString().equals(SAMPLE) && !Files.exists(input)) {
            return target.isNative()
                    ? SampleClip.generate(frames, SampleClip.HEIGHT, SampleClip.WIDTH)
                    : SampleClip.generate(frames, target.height(), target.width());
        }
        return ClipReader.read(input, frames, target);
    }

    /** The kernel bank for a clip of {@code channels} channels, with --bias applied when given. */
    KernelBank readKernels(int channels) throws IOException {
        if (kernel == null) {
            throw new InvalidSpecException("--kernel is required: a .npy or .json file or a preset (see 'info --kernels')");
        }
        KernelBank bank = KernelSource.load(kernel, channels);
        return bias == null ? bank : KernelSource.withBias(bank, bias);
    }
}
