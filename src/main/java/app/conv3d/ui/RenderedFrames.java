package app.conv3d.ui;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The frames the render thread has finished for one scene, seen through JavaFX's own frame-rendered hook
 * ({@code com.sun.javafx.perf.PerformanceTracker}, what its FPS counters use; internal, reachable because the
 * shaded jar puts JavaFX on the class path), which runs on the render thread after a frame is painted and presented.
 * The hook has one slot per scene: a scene gets one of these ({@link #of}).
 */
final class RenderedFrames {
    private final Scene scene;
    private final AtomicLong count = new AtomicLong();
    private final Queue<Waiter> waiting = new ConcurrentLinkedQueue<>();

    private volatile LongConsumer each = now -> { };

    private record Waiter(long frame, LongConsumer rendered) {
    }

    /** The frames of {@code scene}, the hook installed on first use; call on the FX thread. */
    static RenderedFrames of(Scene scene) {
        return (RenderedFrames) scene.getProperties().computeIfAbsent(RenderedFrames.class,
                key -> new RenderedFrames(scene));
    }

    private RenderedFrames(Scene scene) {
        this.scene = scene;
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            long now = System.nanoTime();
            count.incrementAndGet();
            each.accept(now);
            release(now);
        });
    }

    /** Frames rendered and presented so far; any thread. */
    long count() {
        return count.get();
    }

    /** From now on calls {@code frame} on the render thread with the time each frame was presented. */
    void afterEachFrame(LongConsumer frame) {
        each = frame;
    }

    /**
     * Calls {@code rendered} (on the render thread) with the time the frame showing the scene as it is now was
     * presented. Call on the FX thread. The first post-layout pulse listener from now runs in the pulse that syncs
     * the scene's present state to the render thread; a pulse starts only once the frame before has been rendered,
     * so the frame that pulse hands over is the one after those counted by then.
     */
    void afterNextFrame(LongConsumer rendered) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                waiting.add(new Waiter(count.get() + 1, rendered));
            }
        });
        Platform.requestNextPulse();
    }

    private void release(long now) {
        for (Iterator<Waiter> i = waiting.iterator(); i.hasNext();) {
            Waiter w = i.next();
            if (count.get() >= w.frame()) {
                i.remove();
                w.rendered().accept(now);
            }
        }
    }
}
