package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Padding;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Which geometry the lab offers for one lesson volume and kernel size, and why the rest is refused. Every answer
 * comes from {@link ConvSpec} itself (its constructor and {@link ConvSpec#shape}), so the lab can never offer a
 * combination the engine would reject, nor refuse one it accepts.
 */
public record GeometryRules(Axis3 input, Axis3 kernel, ConvSpec spec) {
    /** The ranges the lab offers: enough to show every effect on a projector without drowning in choices. */
    public static final int MAX_KERNEL = 7;
    public static final int MAX_STRIDE = 4;
    public static final int MAX_DILATION = 3;
    public static final int MAX_PADDING = 6;

    /** One value a control could take, with the reason it is refused (null when allowed). */
    public record Option(int value, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    /** The current geometry's shape, or empty when it gives no output (see {@link #problem()}). */
    public Optional<ConvShape> shape() {
        try {
            return Optional.of(spec.shape(input, kernel));
        } catch (InvalidSpecException e) {
            return Optional.empty();
        }
    }

    /** Why the current geometry gives no output, in ConvSpec's words; empty when it works. */
    public Optional<String> problem() {
        return refusal(kernel, () -> spec);
    }

    /** "floor((16 + 2*0 - 1*(5-1) - 1) / 1) + 1 = 12" for one axis, or the reason there is no output. */
    public String formula(int axis) {
        return shape().map(s -> s.formula(axis)).orElse(Messages.text("lab.rules.noOutput"));
    }

    public Optional<String> kernelSizeRefusal(int axis, int k) {
        if (k < 1 || k > MAX_KERNEL) {
            return Optional.of(Messages.text("lab.rules.kernelRange", MAX_KERNEL));
        }
        return refusal(with(kernel, axis, k), () -> spec)
                .map(why -> Messages.text("lab.rules.kernelRefused", CoreNames.axis(axis), k, why));
    }

    public Optional<String> strideRefusal(int axis, int s) {
        if (s < 1 || s > MAX_STRIDE) {
            return Optional.of(Messages.text("lab.rules.strideRange", MAX_STRIDE));
        }
        if (s > 1 && spec.padding().mode() == Padding.Mode.SAME) {
            return Optional.of(Messages.text("lab.rules.strideSame"));
        }
        return refusal(kernel, () -> spec.withStride(with(spec.stride(), axis, s)))
                .map(why -> Messages.text("lab.rules.strideRefused", CoreNames.axis(axis), s, why));
    }

    public Optional<String> dilationRefusal(int axis, int d) {
        if (d < 1 || d > MAX_DILATION) {
            return Optional.of(Messages.text("lab.rules.dilationRange", MAX_DILATION));
        }
        return refusal(kernel, () -> spec.withDilation(with(spec.dilation(), axis, d)))
                .map(why -> Messages.text("lab.rules.dilationRefused", CoreNames.axis(axis), d, why));
    }

    /** Custom padding on one axis; the other axes keep their current custom amounts (0 when not custom). */
    public Optional<String> customPaddingRefusal(int axis, int p) {
        if (p < 0 || p > MAX_PADDING) {
            return Optional.of(Messages.text("lab.rules.paddingRange", MAX_PADDING));
        }
        return refusal(kernel, () -> spec.withPadding(new Padding(Padding.Mode.CUSTOM,
                with(customAmounts(), axis, p))))
                .map(why -> Messages.text("lab.rules.paddingRefused", CoreNames.axis(axis), p, why));
    }

    public Optional<String> paddingModeRefusal(Padding.Mode mode) {
        if (mode == Padding.Mode.SAME && !spec.stride().equals(Axis3.all(1))) {
            return Optional.of(Messages.text("lab.rules.sameNeedsStride1", spec.stride()));
        }
        return refusal(kernel, () -> spec.withPadding(paddingFor(mode)))
                .map(why -> Messages.text("lab.rules.paddingModeRefused", CoreNames.padding(mode), why));
    }

    /** The padding a mode button means: switching to custom starts from the current amounts. */
    public Padding paddingFor(Padding.Mode mode) {
        return switch (mode) {
            case VALID -> Padding.VALID;
            case SAME -> Padding.SAME;
            case CUSTOM -> new Padding(Padding.Mode.CUSTOM, customAmounts());
        };
    }

    /** The custom amounts to show: the spec's own when custom, otherwise what 'same' or 'valid' adds now. */
    public Axis3 customAmounts() {
        return spec.padding().resolve(kernel, spec.dilation());
    }

    public List<Option> kernelSizeOptions(int axis) {
        return options(1, MAX_KERNEL, k -> kernelSizeRefusal(axis, k).orElse(null));
    }

    public List<Option> strideOptions(int axis) {
        return options(1, MAX_STRIDE, s -> strideRefusal(axis, s).orElse(null));
    }

    public List<Option> dilationOptions(int axis) {
        return options(1, MAX_DILATION, d -> dilationRefusal(axis, d).orElse(null));
    }

    public List<Option> paddingOptions(int axis) {
        return options(0, MAX_PADDING, p -> customPaddingRefusal(axis, p).orElse(null));
    }

    /** "1..5" or "1, 3..4": the allowed values of {@code options} for a tooltip; "none" if nothing is. */
    public static String allowedText(List<Option> options) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < options.size()) {
            if (!options.get(i).allowed()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < options.size() && options.get(j + 1).allowed()) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(options.get(i).value());
            if (j > i) {
                sb.append("..").append(options.get(j).value());
            }
            i = j + 1;
        }
        return sb.length() == 0 ? Messages.text("lab.rules.none") : sb.toString();
    }

    private static List<Option> options(int from, int to, IntFunction<String> refusal) {
        List<Option> out = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            out.add(new Option(v, refusal.apply(v)));
        }
        return out;
    }

    /** Builds the candidate spec and its shape; either may refuse. */
    private Optional<String> refusal(Axis3 kernelSize, java.util.function.Supplier<ConvSpec> candidate) {
        try {
            candidate.get().shape(input, kernelSize);
            return Optional.empty();
        } catch (InvalidSpecException e) {
            return Optional.of(e.getMessage());
        }
    }

    static Axis3 with(Axis3 a, int axis, int v) {
        return switch (axis) {
            case 0 -> new Axis3(v, a.h(), a.w());
            case 1 -> new Axis3(a.t(), v, a.w());
            case 2 -> new Axis3(a.t(), a.h(), v);
            default -> throw new IndexOutOfBoundsException("axis " + axis);
        };
    }
}
