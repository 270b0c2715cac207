package app.conv3d.core;

/** How far one step of the walkthrough moves the kernel through the output, in raster order. */
public enum StepSize {
    POSITION("one position"),
    ROW("one row"),
    SLICE("one slice");

    private final String label;

    StepSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The number of output positions one step skips over an output of {@code output} frames/rows/columns. */
    public int positions(Axis3 output) {
        return switch (this) {
            case POSITION -> 1;
            case ROW -> output.w();
            case SLICE -> output.h() * output.w();
        };
    }
}
