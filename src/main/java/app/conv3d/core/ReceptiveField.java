package app.conv3d.core;

/**
 * The part of the input one output value sees: {@code origin} is the first frame/row/column it covers
 * (negative where it reaches into the zero padding), {@code extent} how many it spans per axis
 * ({@code dilation*(k-1)+1}), {@code step} the spacing of its taps (the dilation).
 */
public record ReceptiveField(Axis3 origin, Axis3 extent, Axis3 step) {

    /** The field of output position (t, y, x) of a convolution of this shape. */
    public static ReceptiveField at(ConvShape shape, int t, int y, int x) {
        Axis3 s = shape.stride();
        Axis3 p = shape.padding();
        Axis3 d = shape.dilation();
        Axis3 k = shape.kernel();
        return new ReceptiveField(
                new Axis3(t * s.t() - p.t(), y * s.h() - p.h(), x * s.w() - p.w()),
                new Axis3(d.t() * (k.t() - 1) + 1, d.h() * (k.h() - 1) + 1, d.w() * (k.w() - 1) + 1),
                d);
    }
}
