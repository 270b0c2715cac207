package app.conv3d.ui;

import app.conv3d.core.Conv3d;
import com.sun.javafx.perf.PerformanceTracker;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.ui.lesson.ComputeThread;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.SlicePreview;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long the real window takes from a kernel change to a rendered picture of its result: opens the window
 * on the default lesson (full size, one 5x5x5x3 kernel) with "Show all" ticked, so the whole output slice is on
 * screen and every pixel of it changes with the kernel, waits for the engine to reach full speed, then hands
 * the lesson one new random kernel at a time, as the kernel lab does, and times each on the FX thread: to the
 * first picture of the new features (the slice on screen, computed first: {@code Lesson.previewProperty()}) and
 * to the picture of the whole result (every view, the colours normalised over the whole volume).
 *
 * <p>"Picture" means the frame with the new result has been rendered and presented, not just that the
 * views were told. The first post-layout pulse listener after the views updated belongs to the pulse that
 * syncs their change to the render thread; a task it posts runs right after that pulse handed over its frame;
 * the next frame the render thread then finishes is that frame. "Finished" is JavaFX's own frame-rendered
 * hook ({@code com.sun.javafx.perf.PerformanceTracker}, what its FPS counters use; internal, so this needs
 * JavaFX on the class path as in the shaded jar), called on the render thread after paint and present. The
 * public API has nothing later than the post-layout listener, and a snapshot to wait for rendering makes the
 * next frame a full repaint. So the time includes waiting for the FX thread, the views' listeners, CSS and
 * layout, waiting for the frame before to finish rendering, and painting and presenting the new one.
 */
public final class WindowLatency {
    /** The kernel the edits change: the default lesson's size. */
    static final int KERNEL_SIDE = 5;
    /** Pause between edits (plus up to two frames of jitter, so edits land at different points of a frame). */
    private static final long GAP_MILLIS = 250;

    private WindowLatency() {
    }

    /**
     * One edit, in milliseconds: the convolution job itself ({@code computing}, the slice on screen and then the
     * whole volume on the compute thread), and from the change to the first answer (the slice on screen, or the
     * whole result where none came first) arriving on the FX thread, to the views having taken it, to the frame
     * showing it being handed to the render thread (the window's own share ends here: CSS, layout, waiting for
     * the frame before), and to that frame rendered and presented ({@code picture}); then to the frame with the
     * whole result rendered and presented ({@code whole}; the same as {@code picture} when it came in one step).
     * {@code pictureCpu}: the render thread's CPU time for the picture's frame (since the frame before finished), what
     * painting and presenting it costs whatever the machine's load.
     */
    public record Edit(double computing, double arrived, double updated, double handedOver, double picture,
            double whole, double pictureCpu) {
    }

    /**
     * One small label changed, in ms to the frame handed over and to that frame rendered and presented, and the render
     * thread's CPU time for that frame.
     */
    public record Relabel(double handedOver, double picture, double pictureCpu) {
    }

    /**
     * All timed edits, and the window they were made in: its size and volume view ({@code "3d"} or {@code "flat"});
     * and the window's floor: one small label's text changed, as many times as edits.
     */
    public record Run(String window, String view, boolean engineWarm, List<Edit> edits, List<Relabel> floor) {
        public double median(ToDoubleFunction<Edit> part) {
            return app.conv3d.core.Median.of(edits.stream().mapToDouble(part).toArray());
        }

        /** What any change costs this window: waiting for the next pulse (JavaFX's 60 Hz timer), painting, presenting. */
        public double floorMedian(ToDoubleFunction<Relabel> part) {
            return app.conv3d.core.Median.of(floor.stream().mapToDouble(part).toArray());
        }
    }

    /**
     * Opens the window as the app does (1920 x 1080, or the screen where that is smaller), makes {@code warmUp}
     * untimed edits (the JIT is still compiling the engine's and the views' paths for the first twenty or so) and then
     * {@code edits} timed kernel changes, handing each timed one to {@code each} as it completes; closes the
     * window. Blocks: call from any thread but the FX thread. {@code timeout} bounds every wait.
     */
    public static Run measure(int warmUp, int edits, Duration timeout, Consumer<Edit> each)
            throws InterruptedException, TimeoutException {
        FxStartup.start();
        Conv3d.warmUp();
        ExecutorService compute = ComputeThread.create();
        Window window = new Window();
        try {
            String view = DefaultLessonWindow.await(window.open(compute), timeout);
            boolean warm = Conv3d.awaitWarm(timeout.toMillis());
            DefaultLessonWindow.await(window.showAll(), timeout);
            Random random = new Random(1);
            List<Edit> timed = new ArrayList<>();
            for (int i = 0; i < warmUp + edits; i++) {
                Thread.sleep(GAP_MILLIS + random.nextInt(34));
                Edit edit = DefaultLessonWindow.await(window.edit(randomKernel(random)), timeout);
                if (i >= warmUp) {
                    timed.add(edit);
                    each.accept(edit);
                }
            }
            List<Relabel> floor = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Thread.sleep(GAP_MILLIS + random.nextInt(34));
                floor.add(DefaultLessonWindow.await(window.relabel("frame " + i), timeout));
            }
            return new Run(window.size, view, warm, List.copyOf(timed), List.copyOf(floor));
        } finally {
            compute.shutdownNow();
            Platform.runLater(window::close);
        }
    }

    /** Weights from N(0, 0.5^2), the spread of the default lesson's kernel. */
    private static KernelBank randomKernel(Random random) {
        float[] weights = new float[KERNEL_SIDE * KERNEL_SIDE * KERNEL_SIDE * 3];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (0.5 * random.nextGaussian());
        }
        return KernelBank.of(new Kernel(KERNEL_SIDE, KERNEL_SIDE, KERNEL_SIDE, 3, weights));
    }

    /** The window under test; everything in it runs on the FX thread. */
    private static final class Window {
        private Stage stage;
        private Scene scene;
        private Lesson lesson;
        private volatile String size;
        /** Who wait for the next rendered frame; added on the FX thread, taken on the render thread. */
        private final Queue<LongConsumer> nextFrame = new ConcurrentLinkedQueue<>();
        /** When the render thread last finished a frame. */
        private final java.util.concurrent.atomic.AtomicLong lastFrame = new java.util.concurrent.atomic.AtomicLong();
        /** The render thread's CPU time when it last finished a frame, and what that frame took of it (ns). */
        private long lastFrameCpu;
        private volatile long frameCpu;
        private CompletableFuture<?> waiting;

        CompletableFuture<String> open(ExecutorService compute) {
            return DefaultLessonWindow.open(compute, problem -> {
                if (waiting != null) { // an edit in flight fails with the lesson's error
                    waiting.completeExceptionally(new IllegalStateException(problem));
                }
            }).thenApply(w -> {
                stage = w.stage();
                scene = w.window().scene();
                lesson = w.lesson();
                size = w.size();
                PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                    long now = System.nanoTime();
                    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    frameCpu = lastFrameCpu == 0 ? 0 : cpu - lastFrameCpu;
                    lastFrameCpu = cpu;
                    lastFrame.set(now);
                    for (LongConsumer next; (next = nextFrame.poll()) != null; ) {
                        next.accept(now);
                    }
                });
                return w.view();
            });
        }

        /** Ticks "Show all": the whole output slice on screen, as a teacher has it while trying kernels out. */
        CompletableFuture<Void> showAll() {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                lesson.setShowAll(true);
                afterNextFrame((handedOver, picture, cpu) -> done.complete(null));
            });
            return done;
        }

        CompletableFuture<Edit> edit(KernelBank kernels) {
            CompletableFuture<Edit> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                waiting = done;
                long start = System.nanoTime();
                // the first answer on the FX thread, the views done with it, its frame handed over and rendered
                long[] first = new long[5];
                ChangeListener<SlicePreview> slice = (obs, old, now) -> {
                    if (now != null && first[0] == 0) {
                        first[0] = System.nanoTime();
                        first[1] = first[0]; // the feature view redraws in an earlier listener
                        afterNextFrame((handedOver, picture, cpu) -> {
                            first[2] = handedOver;
                            first[3] = picture;
                            first[4] = cpu;
                        });
                    }
                };
                ChangeListener<Boolean> computing = (obs, old, now) -> {
                    if (!now && first[0] == 0) {
                        first[0] = System.nanoTime();
                    }
                };
                ChangeListener<FeatureVolume> updated = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends FeatureVolume> obs,
                            FeatureVolume old, FeatureVolume now) {
                        long viewsDone = System.nanoTime();
                        lesson.featuresProperty().removeListener(this);
                        lesson.computingProperty().removeListener(computing);
                        lesson.previewProperty().removeListener(slice);
                        double computed = lesson.computedProperty().get().millis();
                        boolean sliceFirst = first[1] != 0;
                        if (!sliceFirst) {
                            first[1] = viewsDone;
                        }
                        afterNextFrame((handedOver, picture, cpu) -> {
                            // the slice's frame was rendered no later than this one
                            long firstHanded = sliceFirst && first[3] != 0 ? first[2] : handedOver;
                            long firstPicture = sliceFirst && first[3] != 0 ? first[3] : picture;
                            long firstCpu = sliceFirst && first[3] != 0 ? first[4] : cpu;
                            done.complete(new Edit(computed, millis(start, first[0]), millis(start, first[1]),
                                    millis(start, firstHanded), millis(start, firstPicture), millis(start, picture),
                                    firstCpu / 1e6));
                        });
                    }
                };
                lesson.computingProperty().addListener(computing);
                lesson.previewProperty().addListener(slice);
                lesson.featuresProperty().addListener(updated);
                lesson.setKernelBank(kernels);
            });
            return done;
        }

        /**
         * Changes the lesson bar's status text and times it to the picture, in ms: no computation, one small label
         * repainted.
         */
        CompletableFuture<Relabel> relabel(String text) {
            CompletableFuture<Relabel> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                if (!(scene.lookup("#recomputeLabel") instanceof javafx.scene.control.Label status)) {
                    done.completeExceptionally(new IllegalStateException("the window has no #recomputeLabel"));
                    return;
                }
                long start = System.nanoTime();
                status.setText(text);
                afterNextFrame((handedOver, picture, cpu) -> done.complete(
                        new Relabel(millis(start, handedOver), millis(start, picture), cpu / 1e6)));
            });
            return done;
        }

        /** The times a frame was handed over and rendered, and the render thread's CPU time for it (ns). */
        private interface Rendered {
            void accept(long handedOver, long picture, long cpu);
        }

        /**
         * Calls {@code rendered} with the times the next pulse's frame was handed to the render thread and was
         * rendered (see the class comment), and the render thread's CPU time for it.
         */
        private void afterNextFrame(Rendered rendered) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long laidOut = System.nanoTime();
                    // Runs once this pulse has handed its frame to the render thread: the next frame done is it.
                    Platform.runLater(() -> {
                        long handedOver = System.nanoTime();
                        LongConsumer waiting = picture -> rendered.accept(handedOver, picture, frameCpu);
                        nextFrame.add(waiting);
                        // A light frame on a busy machine can be rendered before this task runs, and no frame
                        // follows: then, seconds later (far beyond any frame's time), the last frame finished since
                        // the layout is taken as this one (the one before it, if any, finished before it).
                        CompletableFuture.delayedExecutor(5, TimeUnit.SECONDS).execute(() -> {
                            long last = lastFrame.get();
                            if (last > laidOut && nextFrame.remove(waiting)) {
                                waiting.accept(last);
                            }
                        });
                    });
                }
            });
        }

        void close() {
            if (stage != null) {
                stage.close();
            }
        }

        private static double millis(long from, long to) {
            return (to - from) / 1e6;
        }
    }

    /** The per-edit figures as a table row. */
    public static String describe(int number, Edit e) {
        return String.format(java.util.Locale.ROOT,
                "edit %3d: computing %5.1f ms | on the FX thread at %6.1f ms | views updated at %6.1f ms"
                        + " | frame handed over at %6.1f ms | picture at %6.1f ms | whole result at %6.1f ms", number,
                e.computing(), e.arrived(), e.updated(), e.handedOver(), e.picture(), e.whole());
    }
}
