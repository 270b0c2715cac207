package app.conv3d.ui.lesson;

import app.conv3d.core.Axis3;

/**
 * Decides at each animation frame how far the walkthrough moves, from the time that has passed: a timed speed
 * advances {@code elapsed x positions per second} positions, a stepped speed one step per pause. The fraction
 * left over is carried to the next frame, so the pace holds at any frame rate; a long frame (or a stall) advances
 * more, skipping positions rather than letting the sweep fall behind its time. It also says how far the kernel is
 * on its way to the next step, so views can draw it gliding instead of jumping. Plain Java, driven by the frame's
 * time stamp, so tests run it on a fake clock.
 */
public final class SweepPacer {
    /** A stepped speed rests at each position and glides to the next in the last part of the pause, at most this long. */
    static final long GLIDE_NANOS = 250_000_000L;
    /** ... and in at most this share of the pause, so even a quick step shows the kernel at rest. */
    static final double GLIDE_SHARE = 0.4;

    /** How far to move at one frame: {@code steps} steps (positions for a timed speed) and the glide toward the next. */
    public record Advance(int steps, double glide) {
        static final Advance NONE = new Advance(0, 0);
    }

    private boolean started;
    private long last;
    private Speed speed;
    /** Timed: the fraction of a position carried over. Stepped: nanoseconds since the last step. */
    private double carry;

    /** Forget the last frame: the next one starts the count afresh (on play, or after a pause). */
    public void restart() {
        started = false;
    }

    /** The advance at the frame stamped {@code nowNanos} for {@code speed} over an output of {@code output}. */
    public Advance frame(long nowNanos, Speed speed, Axis3 output) {
        if (!started || speed != this.speed) {
            started = true;
            last = nowNanos;
            this.speed = speed;
            // A stepped speed starts gliding at once, so Play moves the kernel without a pause first.
            carry = speed.timed() ? 0 : speed.millisPerStep() * 1e6 - glideNanos(speed);
            return new Advance(0, glide(speed));
        }
        long elapsed = Math.max(0, nowNanos - last);
        last = nowNanos;
        if (speed.timed()) {
            carry += elapsed * speed.positionsPerSecond(output) / 1e9;
        } else {
            carry += elapsed;
        }
        double unit = speed.timed() ? 1 : speed.millisPerStep() * 1e6;
        long steps = (long) Math.floor(carry / unit);
        carry -= steps * unit;
        return new Advance((int) Math.min(Integer.MAX_VALUE, steps), glide(speed));
    }

    /** 0..1: how far the kernel is drawn from its position toward the next step's. */
    private double glide(Speed speed) {
        if (speed.timed()) {
            return carry;
        }
        double pause = speed.millisPerStep() * 1e6;
        double glide = glideNanos(speed);
        double into = carry - (pause - glide);
        if (into <= 0 || glide <= 0) {
            return 0;
        }
        double f = Math.min(1, into / glide);
        return f * f * (3 - 2 * f); // eased: the kernel starts and stops gently
    }

    private static double glideNanos(Speed speed) {
        return Math.min(GLIDE_NANOS, GLIDE_SHARE * speed.millisPerStep() * 1e6);
    }
}
