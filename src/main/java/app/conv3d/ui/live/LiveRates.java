package app.conv3d.ui.live;

import app.conv3d.ui.i18n.Messages;

/**
 * Live mode's two frame rates, for the status line: pictures a second from the camera and feature slices a second
 * handed to the screen, each over the last second or so. When the first is high and the second low the computer is
 * the limit; when both are low, the camera (a dim room makes webcams slow down). Toolkit-free: fed with counts and
 * times, e.g. a pulse's. Live classification counts its classifications with it in place of slices.
 */
public final class LiveRates {
    /** How long the counts are taken over before the rates change: a number that changes faster cannot be read. */
    static final long PERIOD_NANOS = 1_000_000_000L;

    private long since = -1;
    private long cameraThen;
    private long slicesThen;
    private double camera = -1;
    private double slices = -1;

    /** Forgets what was counted (live mode resumes after a pause): the rates are unknown until a period has passed. */
    public void restart() {
        since = -1;
        camera = -1;
        slices = -1;
    }

    /**
     * Notes the counts so far at {@code nanos}; returns true when the rates changed (a period has passed since the
     * last change).
     */
    public boolean sample(long nanos, long cameraPictures, long slicesShown) {
        if (since < 0) {
            since = nanos;
            cameraThen = cameraPictures;
            slicesThen = slicesShown;
            return false;
        }
        long elapsed = nanos - since;
        if (elapsed < PERIOD_NANOS) {
            return false;
        }
        camera = (cameraPictures - cameraThen) * 1e9 / elapsed;
        slices = (slicesShown - slicesThen) * 1e9 / elapsed;
        since = nanos;
        cameraThen = cameraPictures;
        slicesThen = slicesShown;
        return true;
    }

    /** Camera pictures a second, or -1 before the first period. */
    public double camera() {
        return camera;
    }

    /** Feature slices a second on screen, or -1 before the first period. */
    public double slices() {
        return slices;
    }

    /** What the status line says: "camera 30 fps · features 25 fps", or that it is still counting. */
    static String describe(double camera, double slices) {
        if (camera < 0 || slices < 0) {
            return Messages.text("live.rates.counting");
        }
        return Messages.text("live.rates", Math.round(camera), Math.round(slices));
    }
}
