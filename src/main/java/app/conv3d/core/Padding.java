package app.conv3d.core;

/** Zero padding on both sides of each axis: none, "same" (keeps the size at stride 1), or explicit amounts. */
public record Padding(Mode mode, Axis3 amounts) {

    public enum Mode { VALID, SAME, CUSTOM }

    public static final Padding VALID = new Padding(Mode.VALID, Axis3.all(0));
    public static final Padding SAME = new Padding(Mode.SAME, Axis3.all(0));

    public Padding {
        if (mode == Mode.CUSTOM) {
            for (int axis = 0; axis < 3; axis++) {
                if (amounts.get(axis) < 0) {
                    throw new InvalidSpecException(CoreTexts.text("padding.negative", Axis3.name(axis), amounts.get(axis)));
                }
            }
        } else {
            amounts = Axis3.all(0);
        }
    }

    public static Padding of(int t, int h, int w) {
        return new Padding(Mode.CUSTOM, new Axis3(t, h, w));
    }

    /** The amount actually added on each side, given the kernel size and dilation. */
    public Axis3 resolve(Axis3 kernel, Axis3 dilation) {
        return switch (mode) {
            case VALID -> Axis3.all(0);
            case CUSTOM -> amounts;
            case SAME -> new Axis3(
                    dilation.t() * (kernel.t() - 1) / 2,
                    dilation.h() * (kernel.h() - 1) / 2,
                    dilation.w() * (kernel.w() - 1) / 2);
        };
    }

    /** As the command line spells it: valid, same, or T,H,W. */
    @Override
    public String toString() {
        return switch (mode) {
            case VALID -> "valid";
            case SAME -> "same";
            case CUSTOM -> amounts.t() + "," + amounts.h() + "," + amounts.w();
        };
    }
}
