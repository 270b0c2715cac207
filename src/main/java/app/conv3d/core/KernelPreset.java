package app.conv3d.core;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ready-made kernels of the lab, each with the id the command line uses, a display name, and one sentence a
 * teacher can read aloud. Every preset builds a kernel of any size and channel count (see {@link PresetWeights}
 * for the weight scales).
 */
public enum KernelPreset {
    RANDOM("random", "Random (Gaussian)",
            "Random weights like a freshly initialised network layer (NumPy seed 5, std 0.5 unless you choose):"
                    + " it answers to some mix of colour, edges and motion that nobody designed."),
    TEMPORAL_DIFFERENCE("temporal-difference", "Temporal difference",
            "Subtracts the earlier frames from the later ones, so whatever stays still cancels out and only change"
                    + " between frames, motion, lights up."),
    SOBEL_X("sobel-x", "Vertical edges (Sobel x)",
            "The classic Sobel edge filter applied to every frame: it lights up where brightness changes from left"
                    + " to right, at vertical edges, whether or not anything moves."),
    SOBEL_Y("sobel-y", "Horizontal edges (Sobel y)",
            "The classic Sobel edge filter applied to every frame: it lights up where brightness changes from top"
                    + " to bottom, at horizontal edges, whether or not anything moves."),
    BLUR("blur", "Space-time blur",
            "Averages everything inside the box across space and time, so the clip turns soft and moving things"
                    + " smear."),
    MOTION_LEFT("motion-left", "Leftward motion",
            "Its positive weights follow the diagonal path that something moving left traces through the frames"
                    + " and its negative weights the rightward path, so it answers positive to leftward motion,"
                    + " negative to rightward, and zero to a still scene."),
    MOTION_RIGHT("motion-right", "Rightward motion",
            "Its positive weights follow the diagonal path that something moving right traces through the frames"
                    + " and its negative weights the leftward path, so it answers positive to rightward motion,"
                    + " negative to leftward, and zero to a still scene."),
    TEMPORAL_AVERAGE("temporal-average", "Long exposure (temporal average)",
            "Averages each pixel over the frames in the window, like a long camera exposure: still things stay"
                    + " sharp and moving things leave a ghostly trail."),
    IDENTITY("identity", "Identity (gray copy)",
            "A single weight in the middle of the box copies the clip through unchanged, in gray: a convolution"
                    + " that looks at one pixel of one frame.");

    public static final long DEFAULT_SEED = 5;
    public static final double DEFAULT_STD = 0.5;
    public static final Axis3 DEFAULT_SIZE = Axis3.all(5);

    private final String id;
    private final String displayName;
    private final String explanation;

    KernelPreset(String id, String displayName, String explanation) {
        this.id = id;
        this.displayName = displayName;
        this.explanation = explanation;
    }

    /** The name the command line and kernel specs use, e.g. {@code temporal-difference}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** One sentence that says what the kernel responds to, for reading aloud. */
    public String explanation() {
        return explanation;
    }

    /** The kernel for a {@code size} window (time, height, width) over {@code channels} channels; bias 0. */
    public Kernel build(Axis3 size, int channels) {
        return switch (this) {
            case RANDOM -> PresetWeights.randomGaussian(size, channels, DEFAULT_SEED, DEFAULT_STD);
            case TEMPORAL_DIFFERENCE -> PresetWeights.temporalDifference(size, channels);
            case SOBEL_X -> PresetWeights.sobel(size, channels, true);
            case SOBEL_Y -> PresetWeights.sobel(size, channels, false);
            case BLUR -> PresetWeights.box(size, channels);
            case MOTION_LEFT -> PresetWeights.motion(size, channels, false);
            case MOTION_RIGHT -> PresetWeights.motion(size, channels, true);
            case TEMPORAL_AVERAGE -> PresetWeights.temporalAverage(size, channels);
            case IDENTITY -> PresetWeights.identity(size, channels);
        };
    }

    /**
     * {@code std * numpy.random.randn(kt, kh, kw, C)} right after {@code numpy.random.seed(seed)}, generated in
     * float64 and cast to float32, exactly as a NumPy script makes it (seed 5, std 0.5, 5x5x5x3: the 2019 filter).
     */
    public static Kernel randomGaussian(Axis3 size, int channels, long seed, double std) {
        return PresetWeights.randomGaussian(size, channels, seed, std);
    }

    /** The preset with this id (case-insensitive), if any. */
    public static Optional<KernelPreset> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** All ids, comma separated, for error messages and help. */
    public static String ids() {
        return Stream.of(values()).map(KernelPreset::id).collect(Collectors.joining(", "));
    }

    /** One line: id, display name, explanation. */
    public String describe() {
        return id + " - " + displayName + ": " + explanation;
    }

    /** Every preset, one per line, for {@code info --kernels}. */
    public static String describeAll() {
        return Stream.of(values()).map(KernelPreset::describe).collect(Collectors.joining(System.lineSeparator()));
    }
}
