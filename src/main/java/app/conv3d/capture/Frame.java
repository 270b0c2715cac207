package app.conv3d.capture;

import app.conv3d.core.InvalidSpecException;

/**
 * One picture from a camera: opaque ARGB pixels, row-major, and when it was taken ({@link System#nanoTime()}
 * scale). The pixel array belongs to the frame; nobody modifies it after construction.
 */
public record Frame(int width, int height, int[] argb, long nanos) {

    public Frame {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new InvalidSpecException(CaptureTexts.text("frame.pixels", width + "x" + height,
                    (long) width * height, argb.length));
        }
    }

    /** True when every pixel is nearly black: a covered lens, or a camera that sends nothing yet. */
    public boolean isBlack() {
        // sample a grid rather than every pixel: this runs on every grabbed frame
        int step = Math.max(1, argb.length / 4096);
        for (int i = 0; i < argb.length; i += step) {
            int p = argb[i];
            if (((p >> 16) & 0xFF) > BLACK_LEVEL || ((p >> 8) & 0xFF) > BLACK_LEVEL || (p & 0xFF) > BLACK_LEVEL) {
                return false;
            }
        }
        return true;
    }

    private static final int BLACK_LEVEL = 12;
}
