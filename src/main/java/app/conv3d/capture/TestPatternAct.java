package app.conv3d.capture;

/**
 * What the virtual camera acts out, so a lesson that trains on the class's gestures can be rehearsed without a
 * webcam: the sample clip's wave, or the hand held upright swiping across the picture to the right or to the left,
 * or standing still. A crossing takes {@link #SWEEP_SECONDS}; the hand starts again on the other side while it is out
 * of a square picture (the lessons' shape), so a recording of it moves one way only.
 */
public enum TestPatternAct {
    WAVE, RIGHT, LEFT, STILL;

    /**
     * One crossing: about 4.3 pixels a frame in a 32-pixel lesson at the recorder's 120 ms, a brisk swipe. Slower
     * crossings (1.5, 2.7 pixels a frame) taught the default model far less in 30 epochs (ActedGesturesTest).
     */
    static final double SWEEP_SECONDS = 1.5;
    /**
     * How far from the centre the wrist goes, in units of the picture's shorter side: far enough that the whole hand
     * (and its shadow) is out of the square middle of the picture at both ends, near enough that it is in it most of
     * the time.
     */
    static final double REACH = 0.85;

    /** The picture {@code seconds} after the camera started, as opaque ARGB pixels. */
    int[] frameArgb(double seconds, int height, int width) {
        return switch (this) {
            case WAVE -> SampleClip.frameArgb(seconds / TestPatternDevice.SECONDS_PER_WAVE, height, width);
            case RIGHT -> SampleClip.uprightArgb(wristX(seconds), height, width);
            case LEFT -> SampleClip.uprightArgb(-wristX(seconds), height, width);
            case STILL -> SampleClip.uprightArgb(0, height, width);
        };
    }

    /** The wrist going from -REACH to REACH once per sweep. */
    static double wristX(double seconds) {
        double f = seconds / SWEEP_SECONDS;
        return -REACH + 2 * REACH * (f - Math.floor(f));
    }
}
