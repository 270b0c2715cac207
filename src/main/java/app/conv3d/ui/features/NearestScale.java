package app.conv3d.ui.features;

/**
 * Enlarges a picture of ARGB pixels to a target size by nearest neighbour, a band of source rows at a time: target
 * pixel (X, Y) takes source pixel (X * sw / dw, Y * sh / dh), rounded down, so every source pixel becomes a block of
 * exactly its own colour, one or two device pixels apart in size where the scale is not a whole number.
 */
final class NearestScale {
    private final int sourceWidth;
    private final int sourceHeight;
    private final int targetWidth;
    private final int targetHeight;
    /** The source column of each target column. */
    private final int[] column;

    NearestScale(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight) {
        if (sourceWidth < 1 || sourceHeight < 1 || targetWidth < sourceWidth || targetHeight < sourceHeight) {
            throw new IllegalArgumentException("enlarges only: " + sourceWidth + "x" + sourceHeight + " to "
                    + targetWidth + "x" + targetHeight);
        }
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.targetWidth = targetWidth;
        this.targetHeight = targetHeight;
        column = new int[targetWidth];
        for (int x = 0; x < targetWidth; x++) {
            column[x] = (int) ((long) x * sourceWidth / targetWidth);
        }
    }

    int targetWidth() {
        return targetWidth;
    }

    int targetHeight() {
        return targetHeight;
    }

    /** The first target row showing source row {@code sourceRow} (the target's height for the row after the last). */
    int firstTargetRow(int sourceRow) {
        return (int) (((long) sourceRow * targetHeight + sourceHeight - 1) / sourceHeight);
    }

    /**
     * Writes source rows {@code [from, to)} of {@code source} (row-major, {@code sourceWidth} wide) into {@code
     * target} (row-major, {@code targetWidth} wide): target rows {@code [firstTargetRow(from), firstTargetRow(to))}.
     */
    void rows(int[] source, int[] target, int from, int to) {
        int previous = -1;
        for (int y = firstTargetRow(from), end = firstTargetRow(to); y < end; y++) {
            int sy = (int) ((long) y * sourceHeight / targetHeight);
            int out = y * targetWidth;
            if (sy == previous) {
                System.arraycopy(target, out - targetWidth, target, out, targetWidth);
                continue;
            }
            int in = sy * sourceWidth;
            for (int x = 0; x < targetWidth; x++) {
                target[out + x] = source[in + column[x]];
            }
            previous = sy;
        }
    }
}
