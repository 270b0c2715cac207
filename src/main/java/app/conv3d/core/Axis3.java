package app.conv3d.core;

/** Three integers, one per axis of a clip: time (frames), height (rows), width (columns). */
public record Axis3(int t, int h, int w) {

    public static Axis3 of(int t, int h, int w) {
        return new Axis3(t, h, w);
    }

    public static Axis3 all(int v) {
        return new Axis3(v, v, v);
    }

    public int get(int axis) {
        return switch (axis) {
            case 0 -> t;
            case 1 -> h;
            case 2 -> w;
            default -> throw new IndexOutOfBoundsException("axis " + axis);
        };
    }

    public long product() {
        return (long) t * h * w;
    }

    /** Axis names as teachers read them, in the same order as {@link #get(int)}. */
    public static String name(int axis) {
        return switch (axis) {
            case 0 -> "time";
            case 1 -> "height";
            case 2 -> "width";
            default -> throw new IndexOutOfBoundsException("axis " + axis);
        };
    }

    @Override
    public String toString() {
        return t + "x" + h + "x" + w;
    }
}
