package app.conv3d.ui.lesson;

import app.conv3d.core.Axis3;
import app.conv3d.ui.i18n.Messages;

/**
 * How fast the walkthrough plays. Two kinds: a pause between steps of the chosen step size (slow, normal, fast),
 * for watching the arithmetic position by position; and a pace in time (the whole volume in 30 s, one output slice
 * in 10 s), for showing a whole sweep to a class, which advances as many positions per frame as the time requires.
 */
public enum Speed {
    SLOW(900, 0, false),
    NORMAL(300, 0, false),
    FAST(40, 0, false),
    VOLUME_10_S(0, 10, false),
    VOLUME_30_S(0, 30, false),
    VOLUME_2_MIN(0, 120, false),
    SLICE_10_S(0, 10, true);

    private final int millisPerStep;
    private final double seconds;
    private final boolean perSlice;

    Speed(int millisPerStep, double seconds, boolean perSlice) {
        this.millisPerStep = millisPerStep;
        this.seconds = seconds;
        this.perSlice = perSlice;
    }

    /** Whether this is a pace in time (positions per second) rather than a pause between steps. */
    public boolean timed() {
        return seconds > 0;
    }

    /** For a stepped speed: the pause between two steps; 0 for a timed one. */
    public int millisPerStep() {
        return millisPerStep;
    }

    /** For a timed speed: output positions per second over an output of this size; 0 for a stepped one. */
    public double positionsPerSecond(Axis3 output) {
        if (!timed()) {
            return 0;
        }
        double positions = perSlice ? (double) output.h() * output.w() : (double) output.product();
        return positions / seconds;
    }

    @Override
    public String toString() {
        return Messages.text("speed." + name());
    }
}
