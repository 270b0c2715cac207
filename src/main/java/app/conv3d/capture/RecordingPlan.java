package app.conv3d.capture;

import app.conv3d.core.InvalidSpecException;
import java.time.Duration;

/**
 * What to record: a countdown of {@code countdown} ticks of {@code tick} each (3-2-1), then {@code frames}
 * pictures {@code interval} apart.
 */
public record RecordingPlan(int frames, Duration interval, int countdown, Duration tick) {
    public static final int MAX_FRAMES = 256;
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(10);

    /** 16 frames 120 ms apart after a 3-second countdown: about two seconds of a hand wave. */
    public static final RecordingPlan DEFAULT = new RecordingPlan(16, Duration.ofMillis(120), 3, Duration.ofSeconds(1));

    public RecordingPlan {
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new InvalidSpecException(CaptureTexts.text("plan.frames", MAX_FRAMES, frames));
        }
        if (interval.isNegative() || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new InvalidSpecException(CaptureTexts.text("plan.interval", MAX_INTERVAL.toMillis(), interval.toMillis()));
        }
        if (countdown < 0 || countdown > 10) {
            throw new InvalidSpecException(CaptureTexts.text("plan.countdown", countdown));
        }
        if (tick.isNegative()) {
            throw new InvalidSpecException(CaptureTexts.text("plan.tick"));
        }
    }

    public RecordingPlan withFrames(int n) {
        return new RecordingPlan(n, interval, countdown, tick);
    }

    public RecordingPlan withInterval(Duration d) {
        return new RecordingPlan(frames, d, countdown, tick);
    }

    public RecordingPlan withCountdown(int ticks, Duration each) {
        return new RecordingPlan(frames, interval, ticks, each);
    }
}
