package app.conv3d.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Waits on JavaFX's own clock instead of the wall clock: for a number of frames, or for an animation's worth of
 * time. A test that waits this way waits exactly as long as the animation it checks, however busy the machine.
 */
public final class FxPulses {
    private FxPulses() {
    }

    /** Returns once {@code frames} pulses have run (call off the FX thread). */
    public static void await(int frames) throws InterruptedException, TimeoutException {
        CountDownLatch left = new CountDownLatch(frames);
        AnimationTimer[] timer = new AnimationTimer[1];
        Platform.runLater(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    left.countDown();
                    if (left.getCount() == 0) {
                        stop();
                    }
                }
            };
            timer[0].start();
        });
        if (!left.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException(frames + " pulses did not come in 30 s");
        }
    }

    /**
     * Returns once an animation of {@code millis} started now has finished, and one more pulse has run: any
     * animation of that length or shorter started before this call has finished too (call off the FX thread).
     */
    public static void awaitAnimation(long millis) throws InterruptedException, TimeoutException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            PauseTransition pause = new PauseTransition(Duration.millis(millis));
            pause.setOnFinished(e -> done.countDown());
            pause.play();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("an animation of " + millis + " ms did not finish in 30 s");
        }
        await(1);
    }
}
