package app.conv3d.ui;

import app.conv3d.core.Conv3d;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.Speed;
import app.conv3d.ui.walkthrough.LessonClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How smoothly the real window plays a sweep: opens it as the app does on the default lesson (1920x1080, or the
 * screen where smaller), with the app's clock, plays the sweep at a timed pace for a while untimed (the JIT
 * compiles the views' paths), starts over at the first position and plays it again for the measured time, counting
 * the frames the render thread presented ({@link RenderedFrames}) and the positions the kernel moved.
 */
public final class WalkthroughBenchmark {
    /** Untimed play before the measurement. */
    public static final int WARM_UP_SECONDS = 3;

    private WalkthroughBenchmark() {
    }

    /**
     * The measured play: frames presented, positions moved, the longest time between two presented frames, and
     * the nominal pace; {@code window} is the window's size and {@code view} its volume view ({@code 3d}/{@code flat}).
     */
    public record Result(String window, String view, Speed speed, double seconds, long frames, long positions,
            double longestFrameMillis, double nominalPositionsPerSecond, double fxCpuMillis, double renderCpuMillis,
            double processCpuMillis) {
        /** CPU time the FX thread and the render thread spent per presented frame (-1 where unknown). */
        public double fxCpuPerFrame() {
            return fxCpuMillis < 0 ? -1 : fxCpuMillis / frames;
        }

        public double renderCpuPerFrame() {
            return renderCpuMillis < 0 ? -1 : renderCpuMillis / frames;
        }

        /** All of the process's threads, e.g. Mesa's rasterisers too. */
        public double processCpuPerFrame() {
            return processCpuMillis / frames;
        }

        public double framesPerSecond() {
            return frames / seconds;
        }

        public double positionsPerSecond() {
            return positions / seconds;
        }
    }

    /** Blocks for about {@code play} plus the warm-up; call from any thread but the FX thread. */
    public static Result measure(Speed speed, Duration play, Duration timeout)
            throws InterruptedException, TimeoutException {
        FxStartup.start();
        Conv3d.warmUp();
        ExecutorService compute = ComputeThread.create();
        Window window = new Window();
        try {
            DefaultLessonWindow.await(window.open(compute), timeout);
            // the engine's warm-up thread would take a core from the window while it plays
            Conv3d.awaitWarm(timeout.toMillis());
            DefaultLessonWindow.await(window.run(() -> window.play(speed)), timeout);
            Thread.sleep(WARM_UP_SECONDS * 1000L);
            DefaultLessonWindow.await(window.run(window::restart), timeout);
            long[] start = DefaultLessonWindow.await(window.read(), timeout);
            long[] cpuStart = {cpuNanos(FX_THREAD), cpuNanos(RENDER_THREAD), processCpuNanos()};
            Thread.sleep(play.toMillis());
            long[] end = DefaultLessonWindow.await(window.read(), timeout);
            long[] cpuEnd = {cpuNanos(FX_THREAD), cpuNanos(RENDER_THREAD), processCpuNanos()};
            DefaultLessonWindow.await(window.run(window.lesson::pause), timeout);
            double seconds = (end[0] - start[0]) / 1e9;
            return new Result(window.size, window.view, speed, seconds, end[1] - start[1], end[2] - start[2],
                    window.longestGapNanos / 1e6, speed.positionsPerSecond(window.lesson.positions().output()),
                    millis(cpuStart[0], cpuEnd[0]), millis(cpuStart[1], cpuEnd[1]), millis(cpuStart[2], cpuEnd[2]));
        } finally {
            compute.shutdownNow();
            // closed before the caller may end the process: events for a window whose renderer is gone throw
            DefaultLessonWindow.await(window.run(window::close), Duration.ofSeconds(5));
        }
    }

    /** The FX thread's and Prism's render thread's names (JavaFX's own; nothing else depends on them). */
    static final String FX_THREAD = "JavaFX Application Thread";
    static final String RENDER_THREAD = "QuantumRenderer-0";

    /**
     * The CPU time so far of the thread named {@code name}, or -1: on a machine busy with other work the frame rate
     * says little, while the CPU time per frame is what a quiet machine would also spend.
     */
    static long cpuNanos(String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name) && threads.isThreadCpuTimeSupported()) {
                return threads.getThreadCpuTime(t.getId());
            }
        }
        return -1;
    }

    static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    static double millis(long from, long to) {
        return from < 0 || to < 0 ? -1 : (to - from) / 1e6;
    }

    /** The window under test; everything in it runs on the FX thread, but for the frame count. */
    private static final class Window {
        private Stage stage;
        private Lesson lesson;
        private LessonClock clock;
        private RenderedFrames frames;
        private String size;
        private String view;
        /** The longest interval between two presented frames since the last restart, on the render thread. */
        private volatile long longestGapNanos;
        private volatile long lastFrame;

        CompletableFuture<Void> open(ExecutorService compute) {
            return DefaultLessonWindow.open(compute, problem -> { }).thenAccept(w -> {
                stage = w.stage();
                lesson = w.lesson();
                size = w.size();
                view = w.view();
                frames = RenderedFrames.of(w.window().scene());
                clock = new LessonClock(lesson);
                clock.start();
            });
        }

        void play(Speed speed) {
            lesson.setSpeed(speed);
            lesson.play();
        }

        /** Back to the first position, still playing, and the longest frame interval forgotten. */
        void restart() {
            lesson.moveTo(0);
            lastFrame = 0;
            longestGapNanos = 0;
            frames.afterEachFrame(this::frameAt);
        }

        private void frameAt(long now) {
            if (lastFrame != 0) {
                longestGapNanos = Math.max(longestGapNanos, now - lastFrame);
            }
            lastFrame = now;
        }

        /** {time, frames presented, position} at once, on the FX thread. */
        CompletableFuture<long[]> read() {
            CompletableFuture<long[]> read = new CompletableFuture<>();
            Platform.runLater(() -> read.complete(
                    new long[] {System.nanoTime(), frames.count(), lesson.positionProperty().get()}));
            return read;
        }

        CompletableFuture<Void> run(Runnable action) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    action.run();
                    done.complete(null);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            return done;
        }

        void close() {
            if (clock != null) {
                clock.stop();
            }
            if (stage != null) {
                stage.close();
            }
        }
    }
}
