package app.conv3d.cli;

import app.conv3d.capture.CaptureException;
import app.conv3d.capture.LiveBenchmark;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Conv3d;
import app.conv3d.core.Median;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.ModelJson;
import app.conv3d.io.OutputTransaction;
import app.conv3d.io.PngFiles;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.MotionClips;
import app.conv3d.train.MotionClips.Motion;
import app.conv3d.train.Trainer;
import app.conv3d.train.TrainingOptions;
import app.conv3d.ui.ClassifyWindowBenchmark;
import app.conv3d.ui.LiveWindowBenchmark;
import app.conv3d.train.TrainBenchmark;
import app.conv3d.ui.StartupBenchmark;
import app.conv3d.ui.WalkthroughBenchmark;
import app.conv3d.ui.WindowLatency;
import app.conv3d.ui.lesson.Speed;
import app.conv3d.ui.volume.VolumeView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A quick check of the engine on this machine: the seed workload (16x256x256x3, one 5x5x5x3 kernel, valid,
 * stride 1) on random data. The last line is {@code median <ms> ms ...}; JMH (docs/benchmarks.md) is the
 * careful measurement.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the seed workload (16x256x256x3 volume, one 5x5x5x3 kernel) on random data;",
            "--live: live mode's frame rate (with --window: in the real window); --window: the window's time from a",
            "kernel edit to its picture;",
            "--walkthrough: the window's frame rate while a sweep plays; --startup: launch to features on screen;",
            "--train: one training epoch; --classify --window: live classification's bars on screen."})
final class BenchCommand implements Callable<Integer> {
    static final int DEFAULT_EDITS = 30;
    /** The workload's 16 frames bound a valid kernel's size. */
    static final int MAX_KERNEL_SIZE = 16;
    /** How long --walkthrough plays its sweep, measured, and --live measures. */
    static final int WALKTHROUGH_SECONDS = 10;
    static final int LIVE_SECONDS = 5;
    static final int LIVE_WINDOW_SECONDS = 20;
    static final int DEFAULT_LAUNCHES = 5;
    /** The model --classify trains when given none: quick, and the same every time. */
    static final int CLASSIFY_CLIPS_PER_CLASS = 8;
    static final int CLASSIFY_EPOCHS = 12;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "30", description = "Timed runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed warm-up runs, with --window warm-up edits "
            + "(default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--kernels", defaultValue = "1", description = "Kernels in the bank (default ${DEFAULT-VALUE}).")
    int kernels;

    @Option(names = "--kernel-size", defaultValue = "5", description = "Kernel size per axis (default ${DEFAULT-VALUE}).")
    int kernelSize;

    @Option(names = "--live", description = "Instead: live mode's updated feature frames per second from the virtual "
            + "camera (grab, resize, convolve the new output frame, colour, draw); the last line is 'live <fps> fps'. With "
            + "--window: the real window in Live mode, counting new feature slices on screen; the last line is "
            + "'live window <fps> fps, <peak resident> MB'.")
    boolean live;

    @Option(names = "--seconds", paramLabel = "S", description = "With --live or --walkthrough: seconds to measure "
            + "(default " + LIVE_SECONDS + ", " + LIVE_WINDOW_SECONDS + " with --window, and " + WALKTHROUGH_SECONDS
            + ").")
    Integer seconds;

    @Option(names = "--window", description = "Instead: open the real window on the default lesson and time kernel edits "
            + "from the change to the rendered picture of their result; the last line is 'window <ms> ms from change "
            + "to picture ...' (the median).")
    boolean window;

    @Option(names = "--edits", paramLabel = "N", description = "With --window: timed kernel edits (default "
            + DEFAULT_EDITS + ").")
    Integer edits;

    @Option(names = "--walkthrough", description = "Instead: open the real window on the default lesson and play its "
            + "sweep (the whole volume in 30 s) for 10 s; the last line is 'walkthrough <N> fps, <M> positions/s'.")
    boolean walkthrough;

    @Option(names = "--startup", description = "Instead: launch the app (a new JVM with this one's options) and time "
            + "from the launch to the first presented frame with the default lesson's features; the last line is "
            + "'startup <ms> ms' (the median).")
    boolean startup;

    @Option(names = "--launches", paramLabel = "N", description = "With --startup: how many launches (default "
            + DEFAULT_LAUNCHES + ").")
    Integer launches;

    @Option(names = "--train", description = "Instead: training epochs over 36 clips of 16x32x32x3 with 4 kernels of "
            + "5x5x5x3 (forward, backward, Adam); the last line is 'epoch median <ms> ms'.")
    boolean train;

    @Option(names = "--classify", description = "With --window: live classification's pane alone in a real 1920x1080 "
            + "stage on the virtual camera, counting probability-bar updates presented on screen; the last line is "
            + "'classify window <fps> fps, <peak resident> MB'.")
    boolean classify;

    @Option(names = "--model", paramLabel = "FILE", description = "With --classify: the model to classify with (train "
            + "--model); without it a small model is trained first on synthetic right/left/still clips, seed 0.")
    Path model;

    @Option(names = "--png", paramLabel = "FILE", description = "With --classify: the pane at the end as a PNG.")
    Path png;

    @Option(names = "--flat", description = "With --window or --walkthrough: the flat volume view instead of the 3D one (as -D"
            + VolumeView.VIEW_PROPERTY + "=2d).")
    boolean flat;

    @Override
    public Integer call() throws CaptureException, InterruptedException, TimeoutException, IOException {
        if ((model != null || png != null) && !classify) {
            throw new InvalidSpecException("--model and --png go with --classify");
        }
        if (classify && (!window || live || walkthrough || startup || train || edits != null)) {
            throw new InvalidSpecException("--classify goes with --window (and --flat, --seconds, --model, --png) only");
        }
        if (edits != null && (!window || live) || flat && !window && !walkthrough) {
            throw new InvalidSpecException("--edits goes with --window, --flat with --window or --walkthrough");
        }
        if (launches != null && !startup) {
            throw new InvalidSpecException("--launches goes with --startup");
        }
        Conv3d.fastPathHint().ifPresent(spec.commandLine().getOut()::println);
        if (startup) {
            DisplayCheck.require();
            return startup();
        }
        if (walkthrough) {
            DisplayCheck.require();
            return walkthrough();
        }
        if (window && live) {
            DisplayCheck.require();
            return liveWindow();
        }
        if (classify) {
            return classifyWindow();
        }
        if (window) {
            DisplayCheck.require();
            return window();
        }
        if (live) {
            return live();
        }
        if (runs < 1 || runs > 10_000 || warmup < 0 || warmup > 10_000) {
            throw new InvalidSpecException("--runs must be 1..10000 and --warmup 0..10000");
        }
        if (train) {
            return train();
        }
        if (kernels < 1 || kernels > KernelBank.MAX_KERNELS) {
            throw new InvalidSpecException("--kernels must be 1.." + KernelBank.MAX_KERNELS + ", got " + kernels);
        }
        if (kernelSize < 1 || kernelSize > MAX_KERNEL_SIZE) {
            throw new InvalidSpecException("--kernel-size must be 1.." + MAX_KERNEL_SIZE
                    + " (the workload has 16 frames), got " + kernelSize);
        }
        PrintWriter out = spec.commandLine().getOut();
        Random random = new Random(5);
        float[] voxels = new float[16 * 256 * 256 * 3];
        for (int i = 0; i < voxels.length; i++) {
            voxels[i] = random.nextInt(256);
        }
        Volume volume = new Volume(16, 256, 256, 3, voxels);
        Kernel[] bank = new Kernel[kernels];
        int taps = kernelSize * kernelSize * kernelSize * 3;
        for (int n = 0; n < kernels; n++) {
            float[] w = new float[taps];
            for (int i = 0; i < taps; i++) {
                w[i] = (float) (0.5 * random.nextGaussian());
            }
            bank[n] = new Kernel(kernelSize, kernelSize, kernelSize, 3, w);
        }
        KernelBank kernelBank = KernelBank.of(bank);
        ConvSpec conv = ConvSpec.VALID;
        long macs = Conv3d.shape(volume, kernelBank, conv).multiplyAdds(3, kernels);
        out.printf("workload %s, %d kernel(s) %dx%dx%dx3, valid, stride 1: %.1f M multiply-adds%n",
                volume, kernels, kernelSize, kernelSize, kernelSize, macs / 1e6);
        out.printf("path %s, %d cores, %d warm-up + %d timed runs%n", Conv3d.path(),
                Runtime.getRuntime().availableProcessors(), warmup, runs);
        out.flush();
        long warmStart = System.nanoTime();
        awaitEngine();
        out.printf("engine warm-up (JIT) %.1f s%n", (System.nanoTime() - warmStart) / 1e9);
        out.flush();
        for (int i = 0; i < warmup; i++) {
            Conv3d.apply(volume, kernelBank, conv);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Conv3d.apply(volume, kernelBank, conv);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = Median.of(ms);
        out.printf("min %.2f ms, max %.2f ms%n", ms[0], ms[runs - 1]);
        out.printf("median %.2f ms  %.1f GMAC/s  path %s%n", median, macs / median / 1e6, Conv3d.path());
        out.flush();
        return ExitCodes.OK;
    }

    /** --flat: the flat volume view, read when the window makes its volume view. */
    private void chooseView() {
        if (flat) {
            System.setProperty(VolumeView.VIEW_PROPERTY, "2d");
        }
    }

    /** --seconds, or {@code otherwise}; checked to be 1..{@code most}. */
    private int seconds(int otherwise, int most) {
        int s = seconds == null ? otherwise : seconds;
        if (s < 1 || s > most) {
            throw new InvalidSpecException("--seconds must be 1.." + most + ", got " + s);
        }
        return s;
    }

    private int train() {
        PrintWriter out = spec.commandLine().getOut();
        awaitEngine();
        out.printf(Locale.ROOT, "path %s, %d cores, %d warm-up + %d timed epochs%n", Conv3d.path(),
                Runtime.getRuntime().availableProcessors(), warmup, runs);
        out.flush();
        double[] ms = TrainBenchmark.epochMillis(warmup, runs);
        out.printf(Locale.ROOT, "min %.1f ms, max %.1f ms%n", Arrays.stream(ms).min().orElse(0),
                Arrays.stream(ms).max().orElse(0));
        out.printf(Locale.ROOT, "epoch median %.1f ms%n", Median.of(ms));
        out.flush();
        return ExitCodes.OK;
    }

    /** Full speed only comes once the JIT has compiled the engine; time the engine, not the compiler. */
    private static void awaitEngine() {
        try {
            Conv3d.awaitWarm(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int window() throws InterruptedException, TimeoutException {
        int timed = edits == null ? DEFAULT_EDITS : edits;
        if (timed < 1 || timed > 1000 || warmup < 0 || warmup > 1000) {
            throw new InvalidSpecException("--edits must be 1..1000 and --warmup 0..1000, got " + timed + " and " + warmup);
        }
        chooseView();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("default lesson (16x256x256x3, one 5x5x5x3 kernel), path %s; %d untimed + %d timed kernel edits%n",
                Conv3d.path(), warmup, timed);
        out.flush();
        int[] number = {0};
        WindowLatency.Run run = WindowLatency.measure(warmup, timed, Duration.ofSeconds(120), edit -> {
            out.println(WindowLatency.describe(++number[0], edit));
            out.flush();
        });
        out.printf(Locale.ROOT, "window %s, %s view, engine %s; medians: computing %.1f ms, on the FX thread at %.1f ms, "
                + "views updated at %.1f ms, frame handed over at %.1f ms; whole result on screen at %.1f ms%n",
                run.window(), run.view(), run.engineWarm() ? "warm" : "NOT warm after 120 s",
                run.median(WindowLatency.Edit::computing), run.median(WindowLatency.Edit::arrived),
                run.median(WindowLatency.Edit::updated), run.median(WindowLatency.Edit::handedOver),
                run.median(WindowLatency.Edit::whole));
        out.printf(Locale.ROOT, "floor: one label changed, %.1f ms to the picture (frame handed over at %.1f ms; median of %d)%n",
                run.floorMedian(WindowLatency.Relabel::picture), run.floorMedian(WindowLatency.Relabel::handedOver),
                run.floor().size());
        out.printf(Locale.ROOT, "render thread's CPU for the picture's frame: %.1f ms (floor's frame %.1f ms; medians)%n",
                run.median(WindowLatency.Edit::pictureCpu), run.floorMedian(WindowLatency.Relabel::pictureCpu));
        out.printf(Locale.ROOT, "window %.1f ms from change to picture (median of %d edits, %s view, computing %.1f ms)%n",
                run.median(WindowLatency.Edit::picture), timed, run.view(), run.median(WindowLatency.Edit::computing));
        out.flush();
        return ExitCodes.OK;
    }

    private int walkthrough() throws InterruptedException, TimeoutException {
        if (window || live) {
            throw new InvalidSpecException("choose one of --walkthrough, --window and --live");
        }
        chooseView();
        int seconds = seconds(WALKTHROUGH_SECONDS, 600);
        PrintWriter out = spec.commandLine().getOut();
        Speed pace = Speed.VOLUME_30_S;
        out.printf("default lesson (16x256x256x3, one 5x5x5x3 kernel): playing '%s' for %d s after %d s untimed%n",
                pace, seconds, WalkthroughBenchmark.WARM_UP_SECONDS);
        out.flush();
        WalkthroughBenchmark.Result r = WalkthroughBenchmark.measure(pace, Duration.ofSeconds(seconds),
                Duration.ofSeconds(120));
        out.printf(Locale.ROOT, "window %s, %s view: %d frames presented in %.2f s, longest between two frames %.0f ms; "
                + "%,d positions moved, nominal %.0f positions/s (%+.1f %%)%n", r.window(), r.view(), r.frames(),
                r.seconds(), r.longestFrameMillis(), r.positions(), r.nominalPositionsPerSecond(),
                100 * (r.positionsPerSecond() / r.nominalPositionsPerSecond() - 1));
        out.printf(Locale.ROOT, "CPU time per frame: FX thread %.1f ms, render thread %.1f ms, the whole process %.1f ms "
                + "(on %d cores; the X server's presenting not counted)%n", r.fxCpuPerFrame(), r.renderCpuPerFrame(),
                r.processCpuPerFrame(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "walkthrough %.1f fps, %.0f positions/s%n", r.framesPerSecond(), r.positionsPerSecond());
        out.flush();
        return ExitCodes.OK;
    }

    private int startup() throws InterruptedException, TimeoutException {
        if (window || live || walkthrough || flat) {
            throw new InvalidSpecException("--startup goes with none of --window, --live, --walkthrough and --flat");
        }
        int n = launches == null ? DEFAULT_LAUNCHES : launches;
        if (n < 1 || n > 100) {
            throw new InvalidSpecException("--launches must be 1..100, got " + n);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("launching the app %d times, timing each from the launch to its first frame with the features%n", n);
        out.flush();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            StartupBenchmark.Launch launch;
            try {
                launch = StartupBenchmark.launchOnce(Launcher.class.getName(), Duration.ofSeconds(120), line -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ms[i] = launch.millis();
            out.printf(Locale.ROOT, "launch %d: %.0f ms; %s%n", i + 1, ms[i],
                    String.join("; ", launch.probe()).replace("startup-probe: ", ""));
            out.flush();
        }
        Arrays.sort(ms);
        double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        out.printf(Locale.ROOT, "startup %.0f ms%n", median);
        out.flush();
        return ExitCodes.OK;
    }

    private int liveWindow() throws InterruptedException, TimeoutException {
        chooseView();
        int seconds = seconds(LIVE_WINDOW_SECONDS, 3600);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("live mode in the window: virtual camera, default lesson (16x256x256x3, one 5x5x5x3 kernel), path %s;"
                + " %d s after %d s untimed%n", Conv3d.path(), seconds, LiveWindowBenchmark.WARM_UP_SECONDS);
        out.flush();
        LiveWindowBenchmark.Result r = LiveWindowBenchmark.measure(Duration.ofSeconds(seconds), Duration.ofSeconds(120));
        out.printf(Locale.ROOT, "window %s, %s view: %d feature slices presented in %.2f s (%d frames, %.1f fps); camera "
                + "%.1f fps, %d pictures dropped while the convolution was busy%n", r.window(), r.view(), r.slices(),
                r.seconds(), r.frames(), r.framesPerSecond(), r.cameraPerSecond(), r.dropped());
        out.printf(Locale.ROOT, "heap after a full collection: %.0f MB at the start, %.0f MB at the end; peak resident "
                + "%.0f MB; CPU %.2f of %d cores, per slice: FX thread %.1f ms, render thread %.1f ms%n", r.heapStartMb(),
                r.heapEndMb(), r.peakResidentMb(), r.cores(), Runtime.getRuntime().availableProcessors(),
                r.fxCpuPerSlice(), r.renderCpuPerSlice());
        out.printf(Locale.ROOT, "live window %.1f fps, %.0f MB%n", r.slicesPerSecond(), r.peakResidentMb());
        out.flush();
        return ExitCodes.OK;
    }

    private int classifyWindow() throws InterruptedException, TimeoutException, IOException {
        int seconds = seconds(LIVE_WINDOW_SECONDS, 3600);
        new Outputs().input(model).output("--png", png).check();
        ClipClassifier classifier = model == null ? null : ModelJson.read(model);
        DisplayCheck.require();
        chooseView();
        PrintWriter out = spec.commandLine().getOut();
        awaitEngine();
        if (classifier == null) {
            long start = System.nanoTime();
            List<Motion> motions = List.of(Motion.values());
            List<LabeledClip> clips = new MotionClips(0).labeled(motions, CLASSIFY_CLIPS_PER_CLASS,
                    TrainBenchmark.FRAMES, TrainBenchmark.SIZE, TrainBenchmark.SIZE);
            Trainer trainer = new Trainer(motions.stream().map(Motion::label).toList(), clips,
                    TrainingOptions.DEFAULT.withEpochs(CLASSIFY_EPOCHS));
            for (int e = 0; e < CLASSIFY_EPOCHS; e++) {
                trainer.epoch();
            }
            classifier = trainer.model();
            out.printf(Locale.ROOT, "trained on %d synthetic clips (seed 0, %d epochs) in %.1f s, train accuracy %.2f%n",
                    clips.size(), CLASSIFY_EPOCHS, (System.nanoTime() - start) / 1e9, Trainer.accuracy(classifier, clips));
        }
        out.printf(Locale.ROOT, "live classification in a window: virtual camera, model %s (%s), clips %s, %d kernels "
                + "%s, path %s; %d s after %d s untimed%n", model == null ? "trained here" : model,
                String.join("/", classifier.classes()), classifier.clipSize(), classifier.bank().count(),
                classifier.bank().size(), Conv3d.path(), seconds, LiveWindowBenchmark.WARM_UP_SECONDS);
        out.flush();
        ClassifyWindowBenchmark.Result r = ClassifyWindowBenchmark.measure(classifier, Duration.ofSeconds(seconds),
                Duration.ofSeconds(120), png != null);
        out.printf(Locale.ROOT, "window %s: %d bar updates presented in %.2f s (%d frames, %.1f fps); camera %.1f fps, "
                + "%d pictures dropped while the kernels were busy%n", r.window(), r.updates(), r.seconds(), r.frames(),
                r.framesPerSecond(), r.cameraPerSecond(), r.dropped());
        out.printf(Locale.ROOT, "heap after a full collection: %.0f MB at the start, %.0f MB at the end; peak resident "
                + "%.0f MB; CPU %.2f of %d cores, per update: FX thread %.1f ms, render thread %.1f ms%n", r.heapStartMb(),
                r.heapEndMb(), r.peakResidentMb(), r.cores(), Runtime.getRuntime().availableProcessors(),
                r.fxCpuPerUpdate(), r.renderCpuPerUpdate());
        if (png != null) {
            try (OutputTransaction tx = OutputTransaction.begin()) {
                PngFiles.write(png, r.picture());
                tx.commit();
            }
            out.println("wrote " + png);
        }
        out.printf(Locale.ROOT, "classify window %.1f fps, %.0f MB%n", r.updatesPerSecond(), r.peakResidentMb());
        out.flush();
        return ExitCodes.OK;
    }

    private int live() throws CaptureException {
        int seconds = seconds(LIVE_SECONDS, 600);
        PrintWriter out = spec.commandLine().getOut();
        out.println("live mode: virtual camera, 16-frame window at 256x256, one 5x5x5x3 kernel, path " + Conv3d.path());
        out.flush();
        awaitEngine();
        LiveBenchmark.Result result = LiveBenchmark.run(Duration.ofSeconds(seconds));
        out.println(result.details());
        out.println(result.lastLine());
        out.flush();
        return ExitCodes.OK;
    }
}
