package app.conv3d.ui;

import app.conv3d.capture.CameraDriver;
import app.conv3d.core.Conv3d;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.live.LiveMode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Live mode where the class looks: opens the real window as the app does on the default lesson, turns Live on with
 * the virtual camera, lets it run untimed (the JIT compiles the path), then counts for the measured time the feature
 * slices that reached the screen: a new picture counts when the frame that carries it has been presented
 * ({@link RenderedFrames}), not when it was computed. Memory: the heap after a full collection at the start and at the
 * end of the measured time, and the process's peak resident size.
 */
public final class LiveWindowBenchmark {
    /** Untimed live play before the measurement. */
    public static final int WARM_UP_SECONDS = 3;

    private LiveWindowBenchmark() {
    }

    /**
     * What was measured: feature slices presented, frames presented, camera pictures grabbed and dropped (the live
     * window was still convolving), the heap after a full collection before and after (MB), the peak resident size
     * (MB, -1 where /proc is missing) and the process's CPU time.
     */
    public record Result(String window, String view, double seconds, long slices, long frames, long grabbed,
            long dropped, double heapStartMb, double heapEndMb, double peakResidentMb, double processCpuMillis,
            double fxCpuMillis, double renderCpuMillis) {
        public double slicesPerSecond() {
            return slices / seconds;
        }

        public double cameraPerSecond() {
            return grabbed / seconds;
        }

        public double framesPerSecond() {
            return frames / seconds;
        }

        /** CPU time of the FX thread and of the render thread per slice presented (negative where unknown). */
        public double fxCpuPerSlice() {
            return fxCpuMillis / slices;
        }

        public double renderCpuPerSlice() {
            return renderCpuMillis / slices;
        }

        /** The process's CPU time over the wall time, in cores (2.0 = two cores busy). */
        public double cores() {
            return processCpuMillis / 1000 / seconds;
        }
    }

    /** Blocks for about {@code play} plus the warm-up; call from any thread but the FX thread. */
    public static Result measure(Duration play, Duration timeout) throws InterruptedException, TimeoutException {
        // read when the window's Live toggle is made: the benchmark must not depend on a camera being plugged in
        System.setProperty(CameraDriver.PROPERTY, CameraDriver.TEST_PATTERN.id());
        FxStartup.start();
        Conv3d.warmUp();
        ExecutorService compute = ComputeThread.create();
        Counter counter = new Counter();
        DefaultLessonWindow shown = null;
        try {
            shown = DefaultLessonWindow.await(DefaultLessonWindow.open(compute, problem -> { }), timeout);
            Conv3d.awaitWarm(timeout.toMillis());
            DefaultLessonWindow w = shown;
            LiveMode live = w.window().live();
            DefaultLessonWindow.await(onFx(() -> {
                counter.install(w.window().scene(), live.updatesProperty()::get);
                live.start();
                return null;
            }), timeout);
            await(() -> live.updatesProperty().get() > 0, timeout);
            Thread.sleep(WARM_UP_SECONDS * 1000L);
            double heapStart = heapAfterFullCollection();
            long[] start = DefaultLessonWindow.await(onFx(() -> counter.read(live::grabbed, live::dropped)), timeout);
            long[] cpuStart = cpu();
            Thread.sleep(play.toMillis());
            long[] end = DefaultLessonWindow.await(onFx(() -> counter.read(live::grabbed, live::dropped)), timeout);
            long[] cpuEnd = cpu();
            double heapEnd = heapAfterFullCollection();
            if (w.lesson().errorMessageProperty().get() != null) {
                throw new IllegalStateException(w.lesson().errorMessageProperty().get());
            }
            return new Result(w.size(), w.view(), (end[0] - start[0]) / 1e9, end[1] - start[1], end[2] - start[2],
                    end[3] - start[3], end[4] - start[4], heapStart, heapEnd, peakResidentMb(),
                    (cpuEnd[0] - cpuStart[0]) / 1e6, WalkthroughBenchmark.millis(cpuStart[1], cpuEnd[1]),
                    WalkthroughBenchmark.millis(cpuStart[2], cpuEnd[2]));
        } finally {
            compute.shutdownNow();
            DefaultLessonWindow w = shown;
            if (w != null) {
                // closed before the caller may end the process: events for a window whose renderer is gone throw
                DefaultLessonWindow.await(onFx(() -> {
                    w.window().live().close();
                    w.stage().close();
                    return null;
                }), Duration.ofSeconds(5));
            }
        }
    }

    /**
     * Counts updates on screen (live mode's slices, live classification's bars): at each pulse, after that pulse's
     * update went to the scene, the count of updates handed over is noted; when the frame that pulse made has been
     * presented, that count is on screen. A pulse begins only once the frame before has been presented, so the two
     * never cross.
     */
    static final class Counter {
        private RenderedFrames frames;
        private volatile long synced;
        private volatile long presented;

        /** Call on the FX thread; {@code updates} is read there, at each pulse. */
        void install(Scene scene, LongSupplier updates) {
            frames = RenderedFrames.of(scene);
            scene.addPostLayoutPulseListener(() -> synced = updates.getAsLong());
            frames.afterEachFrame(now -> presented = synced);
        }

        /** {time, updates presented, frames presented, camera pictures, dropped}; on the FX thread. */
        long[] read(LongSupplier grabbed, LongSupplier dropped) {
            return new long[] {System.nanoTime(), presented, frames.count(), grabbed.getAsLong(), dropped.getAsLong()};
        }
    }

    static <T> CompletableFuture<T> onFx(Callable<T> action) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    static void await(Callable<Boolean> condition, Duration timeout) throws InterruptedException,
            TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!DefaultLessonWindow.await(onFx(condition), timeout)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("nothing live was shown in " + timeout.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /** {process, FX thread, render thread} CPU nanoseconds so far (-1 for a thread not found). */
    static long[] cpu() {
        return new long[] {WalkthroughBenchmark.processCpuNanos(), WalkthroughBenchmark.cpuNanos(WalkthroughBenchmark.FX_THREAD),
            WalkthroughBenchmark.cpuNanos(WalkthroughBenchmark.RENDER_THREAD)};
    }

    /**
     * MB of heap in use right after a full collection: what the session keeps, without what it merely churns. Read
     * from the full collector's own record (the live worker allocates again at once), else the heap as it is then.
     */
    static double heapAfterFullCollection() {
        System.gc();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean full && isFull(gc.getName())
                    && full.getLastGcInfo() != null) {
                Map<String, MemoryUsage> after = full.getLastGcInfo().getMemoryUsageAfterGc();
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && after.containsKey(pool.getName())) {
                        used += after.get(pool.getName()).getUsed();
                    }
                }
                return used / 1e6;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** G1's, Parallel's and Serial's whole-heap collectors. */
    private static boolean isFull(String collector) {
        return collector.contains("Old") || collector.contains("MarkSweep");
    }

    /** The process's peak resident size in MB ({@code VmHWM}), or -1 where there is no /proc. */
    static double peakResidentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
