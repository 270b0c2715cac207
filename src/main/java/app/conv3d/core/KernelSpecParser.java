package app.conv3d.core;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the kernel specs of {@code render --kernel}: a preset id, optionally followed by a colon and
 * comma-separated {@code key=value} parameters, e.g. {@code blur}, {@code blur:size=3x3x3},
 * {@code random:seed=7,std=0.25,size=3x5x5}. {@code size} is {@code TxHxW} or one number for a cube; the random
 * kernel also takes {@code seed} (0..2^32-1) and {@code std} (a positive number). Anything else is rejected with a
 * one-line {@link InvalidSpecException} that says what is wrong and what is allowed. (A spec naming a kernel file
 * is the caller's business.)
 */
public final class KernelSpecParser {
    /** The syntax in one line, for help texts. */
    public static final String SYNTAX = "PRESET[:size=TxHxW] (default size 5x5x5); random also takes seed=S (0.."
            + NumpyRandom.MAX_SEED + ", default 5) and std=X (default 0.5), e.g. random:seed=7,std=0.25,size=3x5x5";
    private static final List<String> SIZE_ONLY = List.of("size");
    private static final List<String> RANDOM_KEYS = List.of("seed", "std", "size");
    /** Far above any useful value, far below float32 overflow. */
    private static final double MAX_STD = 1000;

    private KernelSpecParser() {
    }

    /** The kernel the spec names, over {@code channels} channels (taken from the clip). */
    public static Kernel kernel(String spec, int channels) {
        return parse(spec).build(channels);
    }

    public static KernelSpec parse(String spec) {
        String text = spec == null ? "" : spec.trim();
        if (text.isEmpty()) {
            throw new InvalidSpecException(CoreTexts.text("kernelSpec.empty", KernelPreset.ids()));
        }
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).trim();
        KernelPreset preset = KernelPreset.byId(name).orElseThrow(() -> new InvalidSpecException(
                CoreTexts.text("kernelSpec.unknown", name, KernelPreset.ids())));
        KernelSpec result = KernelSpec.of(preset);
        if (colon < 0) {
            return result;
        }
        List<String> keys = preset == KernelPreset.RANDOM ? RANDOM_KEYS : SIZE_ONLY;
        String params = text.substring(colon + 1);
        if (params.isBlank()) {
            throw new InvalidSpecException(CoreTexts.text("kernelSpec.noParameters", preset.id(),
                    String.join(", ", keys)));
        }
        Set<String> seen = new HashSet<>();
        long seed = result.seed();
        double std = result.std();
        Axis3 size = result.size();
        for (String param : params.split(",", -1)) {
            int eq = param.indexOf('=');
            String key = (eq < 0 ? param : param.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1).trim();
            if (key.isEmpty()) {
                throw new InvalidSpecException(CoreTexts.text("kernelSpec.emptyParameter", preset.id(),
                        String.join(", ", keys)));
            }
            if (!keys.contains(key)) {
                throw new InvalidSpecException(CoreTexts.text("kernelSpec.unknownKey", preset.id(), key,
                        String.join(", ", keys)));
            }
            if (eq < 0 || value.isEmpty()) {
                throw new InvalidSpecException(CoreTexts.text("kernelSpec.noValue", preset.id(), key,
                        example(key)));
            }
            if (!seen.add(key)) {
                throw new InvalidSpecException(CoreTexts.text("kernelSpec.twice", preset.id(), key));
            }
            switch (key) {
                case "size" -> size = parseSize(value);
                case "seed" -> seed = parseSeed(value);
                case "std" -> std = parseStd(value);
                default -> throw new IllegalStateException("key list and switch disagree on " + key);
            }
        }
        return new KernelSpec(preset, size, seed, std);
    }

    private static String example(String key) {
        return switch (key) {
            case "size" -> "size=3x5x5";
            case "seed" -> "seed=5";
            default -> "std=0.5";
        };
    }

    /** {@code TxHxW} (frames x rows x columns) or a single number for a cube. */
    public static Axis3 parseSize(String value) {
        String[] parts = value.toLowerCase(Locale.ROOT).split("x", -1);
        if (parts.length != 1 && parts.length != 3) {
            throw badSize(value);
        }
        int[] k = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!part.matches("[0-9]{1,3}")) {
                throw badSize(value);
            }
            k[i] = Integer.parseInt(part);
            if (k[i] < 1 || k[i] > Kernel.MAX_SIZE) {
                throw badSize(value);
            }
        }
        return parts.length == 1 ? Axis3.all(k[0]) : new Axis3(k[0], k[1], k[2]);
    }

    private static InvalidSpecException badSize(String value) {
        return new InvalidSpecException(CoreTexts.text("kernelSpec.size", Kernel.MAX_SIZE, value));
    }

    private static long parseSeed(String value) {
        if (value.matches("[0-9]{1,10}")) {
            long seed = Long.parseLong(value);
            if (seed <= NumpyRandom.MAX_SEED) {
                return seed;
            }
        }
        throw new InvalidSpecException(CoreTexts.text("kernelSpec.seed", NumpyRandom.MAX_SEED, value));
    }

    private static double parseStd(String value) {
        // A plain decimal only: Java would also read "NaN", "Infinity", "0x1p3" and "1d".
        if (value.matches("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]{1,3})?|[0-9]+\\.")) {
            double std = Double.parseDouble(value);
            if (std > 0 && std <= MAX_STD) {
                return std;
            }
        }
        throw new InvalidSpecException(CoreTexts.text("kernelSpec.std", (int) MAX_STD, value));
    }
}
