package app.conv3d.core;

/**
 * The output positions of one kernel in raster order (frame, then row, then column), numbered from 0:
 * the walkthrough's timeline. A 12x252x252 output has 762,048 of them.
 */
public record OutputPositions(Axis3 output) {

    public OutputPositions {
        if (output.t() < 1 || output.h() < 1 || output.w() < 1) {
            throw new InvalidSpecException(CoreTexts.text("output.empty", output));
        }
        if (output.product() > Integer.MAX_VALUE) {
            throw new InvalidSpecException(CoreTexts.text("output.tooMany", output));
        }
    }

    public int count() {
        return (int) output.product();
    }

    public int last() {
        return count() - 1;
    }

    public int index(int t, int y, int x) {
        if (t < 0 || t >= output.t() || y < 0 || y >= output.h() || x < 0 || x >= output.w()) {
            throw new IndexOutOfBoundsException("position (" + t + ", " + y + ", " + x + ") is outside " + output);
        }
        return (t * output.h() + y) * output.w() + x;
    }

    public int index(Axis3 position) {
        return index(position.t(), position.h(), position.w());
    }

    /** The (frame, row, column) of position {@code index}, as an Axis3 (t, h = row, w = column). */
    public Axis3 at(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("position " + index + " is outside 0.." + last());
        }
        int x = index % output.w();
        int rest = index / output.w();
        return new Axis3(rest / output.h(), rest % output.h(), x);
    }

    /** {@code index} clamped into 0..last. */
    public int clamp(long index) {
        return (int) Math.max(0, Math.min(last(), index));
    }

    /** The position {@code steps} steps of {@code size} away from {@code index} (negative = back), clamped. */
    public int step(int index, StepSize size, int steps) {
        return clamp((long) index + (long) steps * size.positions(output));
    }
}
