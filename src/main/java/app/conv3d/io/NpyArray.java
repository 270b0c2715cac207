package app.conv3d.io;

import java.util.Arrays;

/**
 * An n-dimensional array as read from or written to a {@code .npy} file: its shape, the element type it
 * was stored as, and its values as floats in C (row-major) order. Arrays are shared, not copied.
 */
public record NpyArray(int[] shape, NpyDtype dtype, float[] data) {

    public NpyArray {
        long size = elementCount(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + shapeText(shape) + " needs " + size
                    + " values, got " + data.length);
        }
    }

    /** A float32 array over {@code data} (not copied) with the given shape. */
    public static NpyArray float32(float[] data, int... shape) {
        return new NpyArray(shape.clone(), NpyDtype.FLOAT32, data);
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    /** The shape as NumPy prints it, e.g. {@code (16, 112, 112, 3)}. */
    public String shapeText() {
        return shapeText(shape);
    }

    static long elementCount(int[] shape) {
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + shapeText(shape));
            }
            size *= d;
        }
        return size;
    }

    static String shapeText(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return b.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && Arrays.equals(a.shape, shape) && a.dtype == dtype
                && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NpyArray " + dtype.descr() + " " + shapeText();
    }
}
