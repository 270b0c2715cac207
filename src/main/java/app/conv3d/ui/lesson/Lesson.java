package app.conv3d.ui.lesson;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.OutputPositions;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.StepSize;
import app.conv3d.core.ValueRange;
import app.conv3d.core.Volume;
import app.conv3d.core.VolumeResize;
import app.conv3d.core.Walkthrough;
import app.conv3d.ui.i18n.Messages;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The teaching window's one presentation model: what the lesson is (clip, kernels, geometry, size),
 * what has been computed from it, and where the walkthrough stands. Views bind to the read-only
 * properties and call the commands; they never compute. Every property changes on the FX thread
 * (the {@code deliver} executor); convolution and resizing run on the background executor, newest
 * request wins.
 */
public final class Lesson {
    private static final System.Logger LOG = System.getLogger(Lesson.class.getName());
    /** The placeholder before any clip, in the language in use when asked (a class constant would freeze it). */
    static String noClip() {
        return Messages.text("lesson.noClip");
    }

    /** The placeholder while the first features are computed. */
    static String computingNote() {
        return Messages.text("start.computing");
    }
    /**
     * The arithmetic follows a timed sweep at most this often (5 times a second): a number that changes faster cannot
     * be read, and each change repaints a large part of the window (some 20-40 ms on the software pipeline).
     */
    static final long ARITHMETIC_MILLIS = 200;
    /**
     * The longest the whole volume waits for the slice on screen to be drawn first (see {@link
     * #setAfterFirstPicture}): a window that draws nothing (hidden) must still get its result.
     */
    static final long FIRST_PICTURE_WAIT_MILLIS = 50;

    private final LatestWins<Computed> compute;

    private final ReadOnlyObjectWrapper<Volume> sourceClip = new ReadOnlyObjectWrapper<>(this, "sourceClip");
    private final ReadOnlyObjectWrapper<LessonSize> lessonSize = new ReadOnlyObjectWrapper<>(this, "lessonSize", LessonSize.FULL);
    private final ReadOnlyObjectWrapper<KernelBank> bank = new ReadOnlyObjectWrapper<>(this, "bank");
    private final ReadOnlyObjectWrapper<ConvSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec", ConvSpec.VALID);
    private final ReadOnlyObjectWrapper<Computed> computed = new ReadOnlyObjectWrapper<>(this, "computed");
    private final ReadOnlyObjectWrapper<Volume> volume = new ReadOnlyObjectWrapper<>(this, "volume");
    private final ReadOnlyObjectWrapper<FeatureVolume> features = new ReadOnlyObjectWrapper<>(this, "features");
    private final ReadOnlyObjectWrapper<SlicePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyLongWrapper lastRecomputeMillis = new ReadOnlyLongWrapper(this, "lastRecomputeMillis", -1);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", noClip());

    private final ReadOnlyIntegerWrapper kernelIndex = new ReadOnlyIntegerWrapper(this, "kernelIndex");
    private final ReadOnlyObjectWrapper<FeatureDisplay> display =
            new ReadOnlyObjectWrapper<>(this, "display", new FeatureDisplay(Normalization.MAX, Colormap.GRAY));
    private final ReadOnlyObjectWrapper<ValueRange> displayRange = new ReadOnlyObjectWrapper<>(this, "displayRange");

    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper positionCount = new ReadOnlyIntegerWrapper(this, "positionCount", 1);
    private final ReadOnlyObjectWrapper<Walkthrough> walkthrough = new ReadOnlyObjectWrapper<>(this, "walkthrough");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyObjectWrapper<ReceptiveField> field = new ReadOnlyObjectWrapper<>(this, "field");
    private final ReadOnlyObjectWrapper<KernelGlide> glide = new ReadOnlyObjectWrapper<>(this, "glide", KernelGlide.NONE);
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>(this, "speed", Speed.NORMAL);
    private final ReadOnlyObjectWrapper<StepSize> stepSize = new ReadOnlyObjectWrapper<>(this, "stepSize", StepSize.POSITION);
    private final ReadOnlyIntegerWrapper mathFrame = new ReadOnlyIntegerWrapper(this, "mathFrame");
    private final ReadOnlyIntegerWrapper mathChannel = new ReadOnlyIntegerWrapper(this, "mathChannel");

    private final ReadOnlyBooleanWrapper showAll = new ReadOnlyBooleanWrapper(this, "showAll");
    private final ReadOnlyIntegerWrapper viewSlice = new ReadOnlyIntegerWrapper(this, "viewSlice");
    private final ReadOnlyBooleanWrapper slicesPlaying = new ReadOnlyBooleanWrapper(this, "slicesPlaying");
    private final HoverModel hover;

    /** Whether the result shown came from live mode, where every slice is computed before it is shown. */
    private boolean liveResult;

    private final SweepPacer pacer = new SweepPacer();
    /** Set while a timed sweep moves the kernel: the arithmetic then follows at most every ARITHMETIC_MILLIS. */
    private boolean sweeping;
    private boolean arithmeticBehind;
    private long arithmeticShown;

    private final Executor background;
    private final Executor deliver;

    /** Runs a task once the slice computed first is on its way to the screen (see setAfterFirstPicture). */
    private Executor afterFirstPicture = Runnable::run;

    /** The last resize, reused while only kernels or geometry change; written by the background job only. */
    private volatile Resized lastResize;

    /**
     * @param background runs resizing and convolution (the app's own executor)
     * @param deliver runs results on the UI thread ({@code Platform::runLater} in the app)
     */
    public Lesson(Executor background, Executor deliver) {
        this.background = background;
        this.deliver = deliver;
        this.compute = new LatestWins<>(background, deliver);
        computed.addListener((obs, old, now) -> onComputed(old, now));
        kernelIndex.addListener((obs, old, now) -> {
            updateWalkthrough();
            updateDisplayRange();
        });
        position.addListener((obs, old, now) -> {
            updateField();
            if (sweeping) {
                arithmeticBehind = true;
            } else {
                updateWalkthrough();
            }
            viewSlice.set(positions().at(now.intValue()).t());
        });
        playing.addListener((obs, old, now) -> {
            pacer.restart();
            glide.set(KernelGlide.NONE);
            if (!now && arithmeticBehind) {
                updateWalkthrough(); // paused: the numbers are those of the kernel's place again
            }
        });
        display.addListener((obs, old, now) -> updateDisplayRange());
        hover = new HoverModel(this); // last: it reads the position and kernel as the listeners above leave them
    }

    /** The app's own executor the lesson computes on: other long work of the window (training) runs there too. */
    public Executor background() {
        return background;
    }

    /** Where results go back to: the FX thread in the app. */
    public Executor deliver() {
        return deliver;
    }

    // ---- commands: what the lesson is ----

    /** Starts a lesson on {@code clip} (kept at its own resolution) with {@code kernels}; recomputes. */
    public void load(Volume clip, KernelBank kernels) {
        sourceClip.set(Objects.requireNonNull(clip));
        bank.set(Objects.requireNonNull(kernels));
        if (kernelIndex.get() >= kernels.count()) {
            kernelIndex.set(0);
        }
        recompute();
    }

    /**
     * Starts a lesson on {@code clip} with a result computed ahead by {@link #compute} (at start-up, while the window
     * is being built): shown at once when it fits the lesson's size and geometry, else recomputed as {@link #load}.
     */
    public void load(Volume clip, Computed ahead) {
        if (!ahead.volume().size().equals(lessonSize.get().size()) || !ahead.spec().equals(spec.get())) {
            load(clip, ahead.bank());
            return;
        }
        sourceClip.set(Objects.requireNonNull(clip));
        bank.set(ahead.bank());
        if (kernelIndex.get() >= ahead.bank().count()) {
            kernelIndex.set(0);
        }
        lastResize = new Resized(clip, lessonSize.get(), ahead.volume());
        accept(ahead, System.nanoTime());
    }

    /** Says what the window is busy with while it has no picture yet (e.g. loading the built-in clip). */
    public void announce(String activity) {
        if (computed.get() == null) {
            placeholder.set(Objects.requireNonNull(activity));
        }
    }

    /** Continues the lesson on another clip (recorded, or the sample) with the same kernels. */
    public void useClip(Volume clip) {
        load(clip, bank.get() != null ? bank.get() : DefaultLesson.kernels());
    }

    /**
     * Live mode: shows {@code liveClip} (already at the lesson size) with {@code liveFeatures}, which the live
     * window computed incrementally with the current kernels and geometry, without recomputing. The source clip
     * stays as it is; the next change of clip, size, kernels or geometry recomputes from it as usual.
     */
    public void showLive(Volume liveClip, FeatureVolume liveFeatures) {
        KernelBank kernels = Objects.requireNonNull(bank.get(), "no kernels yet");
        ConvSpec geometry = spec.get();
        Computed result = new Computed(liveClip, kernels, geometry, Conv3d.shape(liveClip, kernels, geometry),
                Objects.requireNonNull(liveFeatures), 0);
        liveResult = true;
        computed.set(result);
        volume.set(result.volume());
        features.set(result.features());
    }

    public void setLessonSize(LessonSize size) {
        lessonSize.set(Objects.requireNonNull(size));
        recompute();
    }

    public void setKernelBank(KernelBank kernels) {
        bank.set(Objects.requireNonNull(kernels));
        recompute();
    }

    public void setSpec(ConvSpec geometry) {
        spec.set(Objects.requireNonNull(geometry));
        recompute();
    }

    public void selectKernel(int n) {
        Computed c = computed.get();
        int count = c != null ? c.bank().count() : (bank.get() == null ? 1 : bank.get().count());
        kernelIndex.set(Math.max(0, Math.min(count - 1, n)));
    }

    public void setDisplay(FeatureDisplay mapping) {
        display.set(Objects.requireNonNull(mapping));
    }

    public void setNormalization(Normalization n) {
        setDisplay(new FeatureDisplay(n, display.get().colormap()));
    }

    public void setColormap(Colormap c) {
        setDisplay(new FeatureDisplay(display.get().normalization(), c));
    }

    /** Shows an unexpected failure (a bug, not the user's) in the window as one line; the log keeps the trace. */
    public void report(Throwable problem) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure", problem);
        errorMessage.set(readable(problem, Messages.text("lesson.failed.window")));
    }

    public void dismissError() {
        errorMessage.set(null);
    }

    // present: files and exports report their problems in the window's one error line.
    /** Shows {@code message} (one readable line, e.g. a file that would not open) as the lesson's error. */
    public void reportError(String message) {
        errorMessage.set(Objects.requireNonNull(message));
    }

    /**
     * Where the whole volume waits after a kernel edit: {@code afterFirstPicture} runs a task once the slice
     * computed first has been handed to the renderer (the feature view: after the next pulse). On two cores the
     * volume's convolution would otherwise take the processor from the window drawing that slice, and the class
     * would see it later; by default the volume follows at once.
     */
    public void setAfterFirstPicture(Executor afterFirstPicture) {
        this.afterFirstPicture = Objects.requireNonNull(afterFirstPicture);
    }

    // ---- commands: the walkthrough ----

    public void moveTo(int index) {
        position.set(positions().clamp(index));
    }

    /** Moves the kernel to output position (t, y, x) of the current output, clamped into it. */
    public void moveTo(int t, int y, int x) {
        Axis3 out = positions().output();
        moveTo(positions().index(clamp(t, out.t()), clamp(y, out.h()), clamp(x, out.w())));
    }

    /** One step of the current step size forward (+1) or back (-1); pauses playing first. */
    public void step(int direction) {
        pause();
        position.set(positions().step(position.get(), stepSize.get(), direction));
    }

    public void home() {
        pause();
        moveTo(0);
    }

    public void end() {
        pause();
        moveTo(positionCount.get() - 1);
    }

    /** Back to the first position, paused, showing only what has been computed so far. */
    public void reset() {
        pause();
        showAll.set(false);
        moveTo(0);
    }

    /** Starts playing; from the last position it starts over at the first. */
    public void play() {
        if (position.get() >= positionCount.get() - 1) {
            position.set(0);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * One animation frame of the player at time {@code nowNanos} (any clock in nanoseconds, e.g. the pulse's): moves
     * as far as the speed and the time since the last frame require ({@link SweepPacer}), stops at the last position,
     * and sets the kernel's glide toward the next. During a timed sweep the arithmetic follows the kernel at most
     * every {@link #ARITHMETIC_MILLIS} ms: at hundreds of positions a second nobody reads numbers changing at every
     * frame, and relaying out the whole arithmetic every frame would cost the sweep its frame rate.
     */
    public void frame(long nowNanos) {
        if (!playing.get()) {
            return;
        }
        OutputPositions p = positions();
        Speed pace = speed.get();
        SweepPacer.Advance advance = pacer.frame(nowNanos, pace, p.output());
        int from = position.get();
        int to = pace.timed() ? p.clamp((long) from + advance.steps()) : p.step(from, stepSize.get(), advance.steps());
        boolean timed = pace.timed();
        boolean refreshArithmetic = nowNanos - arithmeticShown >= ARITHMETIC_MILLIS * 1_000_000L;
        sweeping = timed && !refreshArithmetic;
        try {
            glide.set(glideFrom(to, timed ? 1 : stepSize.get().positions(p.output()), advance.glide()));
            position.set(to);
        } finally {
            sweeping = false;
        }
        if (timed && refreshArithmetic) {
            arithmeticShown = nowNanos;
            if (arithmeticBehind) {
                updateWalkthrough();
            }
        }
        if (to >= p.last()) {
            pause();
        }
    }

    /** The kernel drawn {@code fraction} of the way from position {@code index} toward {@code stride} positions on. */
    private KernelGlide glideFrom(int index, int stride, double fraction) {
        OutputPositions p = positions();
        Computed c = computed.get();
        if (c == null || fraction <= 0 || (long) index + stride > p.last()) {
            return KernelGlide.NONE;
        }
        Axis3 here = p.at(index);
        Axis3 next = p.at(index + stride);
        int dt = next.t() - here.t();
        int dy = next.h() - here.h();
        int dx = next.w() - here.w();
        boolean straight = (dt != 0 ? 1 : 0) + (dy != 0 ? 1 : 0) + (dx != 0 ? 1 : 0) == 1;
        if (!straight) {
            return KernelGlide.NONE;
        }
        Axis3 s = c.shape().stride();
        return new KernelGlide(dt * s.t() * fraction, dy * s.h() * fraction, dx * s.w() * fraction);
    }

    public void setSpeed(Speed s) {
        speed.set(Objects.requireNonNull(s));
    }

    public void setStepSize(StepSize s) {
        stepSize.set(Objects.requireNonNull(s));
    }

    /** Which kernel frame the math panel's grids show. */
    public void selectMathFrame(int a) {
        Computed c = computed.get();
        int frames = c == null ? 1 : c.shape().kernel().t();
        mathFrame.set(clamp(a, frames));
    }

    /** Which input channel the math panel's grids show. */
    public void selectMathChannel(int ch) {
        Computed c = computed.get();
        int channels = c == null ? 1 : c.volume().channels();
        mathChannel.set(clamp(ch, channels));
    }

    // ---- commands: the feature view ----

    public void setShowAll(boolean all) {
        showAll.set(all);
    }

    /** Shows output slice {@code t} without moving the kernel. */
    public void showSlice(int t) {
        viewSlice.set(clamp(t, positions().output().t()));
    }

    public void toggleSlicePlay() {
        slicesPlaying.set(!slicesPlaying.get());
    }

    public void stopSlices() {
        slicesPlaying.set(false);
    }

    /** One beat of the slice animation: the next output slice, wrapping around. */
    public void tickSlice() {
        if (slicesPlaying.get()) {
            viewSlice.set((viewSlice.get() + 1) % positions().output().t());
        }
    }

    /**
     * How many pixels of output slice {@code t}, in raster order, the kernel has filled so far:
     * all of the slices before its own, its slice up to and including its position, none after. In live mode
     * every slice is whole: the camera's features are all computed before they are shown.
     */
    public int revealedPixels(int t) {
        Axis3 out = positions().output();
        int slicePixels = out.h() * out.w();
        if (showAll.get() || liveResult) {
            return slicePixels;
        }
        Axis3 here = positions().at(position.get());
        if (t < here.t()) {
            return slicePixels;
        }
        return t > here.t() ? 0 : here.h() * out.w() + here.w() + 1;
    }

    /** The output positions of the current result (one position before the first result). */
    public OutputPositions positions() {
        Computed c = computed.get();
        return new OutputPositions(c == null ? new Axis3(1, 1, 1) : c.shape().output());
    }

    // ---- the background recompute ----

    private void recompute() {
        Volume source = sourceClip.get();
        KernelBank kernels = bank.get();
        if (source == null || kernels == null) {
            return;
        }
        LessonSize size = lessonSize.get();
        ConvSpec geometry = spec.get();
        computing.set(true);
        announce(computingNote());
        long requested = System.nanoTime();
        Computed shown = computed.get();
        if (onlyKernelsDiffer(shown, source, size, kernels, geometry)) {
            // The slice on screen first, then the volume (whose range the colours are normalised over).
            int t = viewSlice.get();
            long[] started = new long[1];
            CountDownLatch drawn = new CountDownLatch(1);
            compute.submit(() -> {
                started[0] = System.nanoTime();
                return new SlicePreview(shown, kernels, t, Conv3d.applyFrames(shown.volume(), kernels, geometry, t, 1));
            }, first -> {
                preview.set(first);
                afterFirstPicture.execute(drawn::countDown);
            }, first -> {
                long waiting = System.nanoTime();
                awaitQuietly(drawn);
                started[0] += System.nanoTime() - waiting; // the time computing, not waiting for the window
                return convolve(shown.volume(), kernels, geometry, started[0]);
            }, result -> accept(result, requested), this::fail);
            return;
        }
        preview.set(null);
        compute.submit(() -> run(source, size, kernels, geometry), result -> accept(result, requested), this::fail);
    }

    private static void awaitQuietly(CountDownLatch drawn) {
        try {
            drawn.await(FIRST_PICTURE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the engine then cancels, and a newer request wins anyway
        }
    }

    /**
     * Whether the result on screen is these inputs but for the kernels, with the same output shape: then the slice
     * on screen can be shown before the rest, without mixing clips (live mode's results are its own).
     */
    private boolean onlyKernelsDiffer(Computed shown, Volume source, LessonSize size, KernelBank kernels,
            ConvSpec geometry) {
        Resized r = lastResize;
        if (shown == null || liveResult || r == null || r.source != source || r.size != size
                || r.volume != shown.volume() || !geometry.equals(shown.spec())
                || kernels.count() != shown.bank().count()) {
            return false;
        }
        try {
            return Conv3d.shape(shown.volume(), kernels, geometry).equals(shown.shape());
        } catch (InvalidSpecException e) {
            return false; // the whole computation reports it
        }
    }

    private Computed run(Volume source, LessonSize size, KernelBank kernels, ConvSpec geometry) {
        long start = System.nanoTime();
        Resized r = lastResize;
        if (r == null || r.source != source || r.size != size) {
            r = new Resized(source, size, VolumeResize.to(source, size.size()));
            lastResize = r;
        }
        return convolve(r.volume, kernels, geometry, start);
    }

    /** What the lesson computes for these inputs, on the calling thread (any): for {@link #load(Volume, Computed)}. */
    public static Computed compute(Volume source, LessonSize size, KernelBank kernels, ConvSpec geometry) {
        long start = System.nanoTime();
        return convolve(VolumeResize.to(source, size.size()), kernels, geometry, start);
    }

    private static Computed convolve(Volume volume, KernelBank kernels, ConvSpec geometry, long start) {
        var shape = Conv3d.shape(volume, kernels, geometry);
        var features = Conv3d.apply(volume, kernels, geometry);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Computed(volume, kernels, geometry, shape, features, millis);
    }

    // Only the newest request's outcome arrives here (LatestWins drops the rest), so nothing is pending.
    private void accept(Computed result, long requested) {
        computing.set(false);
        errorMessage.set(null);
        liveResult = false;
        computed.set(result); // the views redraw in these listeners, before the time is taken
        volume.set(result.volume());
        features.set(result.features());
        preview.set(null); // after the result: the views go from the preview to it without showing the old one
        long toPicture = (System.nanoTime() - requested) / 1_000_000;
        lastRecomputeMillis.set(toPicture);
        LOG.log(System.Logger.Level.INFO, "recomputed {0} with {1}: {2} ms computing, {3} ms from change to picture",
                result.volume(), result.bank(), result.millis(), toPicture);
    }

    private void fail(Throwable problem) {
        computing.set(false);
        preview.set(null); // the kernels did not take: the features of the result on screen again
        errorMessage.set(readable(problem, Messages.text("lesson.failed.compute")));
        LOG.log(System.Logger.Level.WARNING, "recompute failed: " + problem);
    }

    /** A message a teacher can act on: the spec's own words, or what went wrong in one line. */
    static String readable(Throwable problem, String what) {
        if (problem instanceof InvalidSpecException) {
            return problem.getMessage();
        }
        if (problem instanceof OutOfMemoryError) {
            return Messages.text("lesson.failed.memory");
        }
        String detail = problem.getMessage();
        return what + " (" + problem.getClass().getSimpleName()
                + (detail == null ? "" : ": " + detail) + ")";
    }

    private void onComputed(Computed old, Computed now) {
        Axis3 before = old == null ? new Axis3(0, 0, 0) : new OutputPositions(old.shape().output()).at(
                Math.min(position.get(), (int) old.shape().output().product() - 1));
        if (kernelIndex.get() >= now.bank().count()) {
            kernelIndex.set(0);
        }
        mathFrame.set(clamp(mathFrame.get(), now.shape().kernel().t()));
        mathChannel.set(clamp(mathChannel.get(), now.volume().channels()));
        // The position first, so that anyone reacting to the new count finds a position inside it.
        int oldPosition = position.get();
        moveTo(before.t(), before.h(), before.w());
        positionCount.set(positions().count());
        if (position.get() == oldPosition) {
            updateField();
            updateWalkthrough(); // same index, new numbers
        }
        viewSlice.set(clamp(viewSlice.get(), now.shape().output().t()));
        updateDisplayRange();
    }

    private void updateField() {
        Computed c = computed.get();
        if (c == null) {
            field.set(null);
            return;
        }
        Axis3 p = positions().at(position.get());
        field.set(ReceptiveField.at(c.shape(), p.t(), p.h(), p.w()));
    }

    private void updateWalkthrough() {
        arithmeticBehind = false;
        Computed c = computed.get();
        if (c == null) {
            walkthrough.set(null);
            return;
        }
        Axis3 p = positions().at(position.get());
        walkthrough.set(Walkthrough.at(c.volume(), c.bank(), kernelIndex.get(), c.spec(), p.t(), p.h(), p.w()));
    }

    private void updateDisplayRange() {
        Computed c = computed.get();
        displayRange.set(c == null ? null : display.get().displayRange(c.features(), kernelIndex.get()));
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    private record Resized(Volume source, LessonSize size, Volume volume) {
    }

    // ---- properties ----

    /** The clip at its own resolution; the lesson's volume is derived from it. */
    public ReadOnlyObjectProperty<Volume> sourceClipProperty() {
        return sourceClip.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonSize> lessonSizeProperty() {
        return lessonSize.getReadOnlyProperty();
    }

    /** The kernels as last requested (the computed result may still be on its way). */
    public ReadOnlyObjectProperty<KernelBank> bankProperty() {
        return bank.getReadOnlyProperty();
    }

    /** The geometry as last requested. */
    public ReadOnlyObjectProperty<ConvSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The latest result: lesson volume, kernels, geometry and features that belong together. */
    public ReadOnlyObjectProperty<Computed> computedProperty() {
        return computed.getReadOnlyProperty();
    }

    /** The lesson's clip: the source resized to the lesson size (part of {@link #computedProperty()}). */
    public ReadOnlyObjectProperty<Volume> volumeProperty() {
        return volume.getReadOnlyProperty();
    }

    /** The features of the lesson's clip (part of {@link #computedProperty()}). */
    public ReadOnlyObjectProperty<FeatureVolume> featuresProperty() {
        return features.getReadOnlyProperty();
    }

    /**
     * The output slice on screen computed ahead for new kernels while the rest of their result is on its way; null
     * when there is none. Meant for the feature view alone: everything else waits for the whole result.
     */
    public ReadOnlyObjectProperty<SlicePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /**
     * Milliseconds from the last change (clip, size, kernels, geometry) to the views showing its result:
     * waiting, resizing, convolving and redrawing; -1 before the first.
     */
    public ReadOnlyLongProperty lastRecomputeMillisProperty() {
        return lastRecomputeMillis.getReadOnlyProperty();
    }

    /** What the views say where there is no picture yet: no clip, or what is being loaded or computed. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What went wrong with the last change, in one readable line; null when all is well. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty kernelIndexProperty() {
        return kernelIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FeatureDisplay> displayProperty() {
        return display.getReadOnlyProperty();
    }

    /** The values at the two ends of the colour scale for the selected kernel; null before the first result. */
    public ReadOnlyObjectProperty<ValueRange> displayRangeProperty() {
        return displayRange.getReadOnlyProperty();
    }

    /** The walkthrough's position: an index into the output in raster order. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty positionCountProperty() {
        return positionCount.getReadOnlyProperty();
    }

    /** The arithmetic at the current position; null before the first result. */
    public ReadOnlyObjectProperty<Walkthrough> walkthroughProperty() {
        return walkthrough.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /**
     * The input region the kernel covers at its position, at every frame of a sweep (the arithmetic, {@link
     * #walkthroughProperty()}, may follow a timed sweep less often); null before the first result.
     */
    public ReadOnlyObjectProperty<ReceptiveField> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    /** How far from {@link #fieldProperty()} the kernel is drawn while it glides to its next position. */
    public ReadOnlyObjectProperty<KernelGlide> glideProperty() {
        return glide.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Speed> speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StepSize> stepSizeProperty() {
        return stepSize.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty mathFrameProperty() {
        return mathFrame.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty mathChannelProperty() {
        return mathChannel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showAllProperty() {
        return showAll.getReadOnlyProperty();
    }

    /** The output slice the feature view shows: follows the kernel, or the slice slider. */
    public ReadOnlyIntegerProperty viewSliceProperty() {
        return viewSlice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty slicesPlayingProperty() {
        return slicesPlaying.getReadOnlyProperty();
    }

    /** The output value under the mouse: the feature view reports it, the other views outline its input. */
    public HoverModel hover() {
        return hover;
    }
}
