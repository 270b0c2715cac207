package app.conv3d.ui.train;

import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.EpochResult;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.Trainer;
import app.conv3d.train.TrainingOptions;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Train mode's state: the data and options, the training running in the background, and what the class
 * watches (a {@link TrainRun} after every epoch). "Compare with 2D" trains the same model with kernels one frame
 * deep (kt = 1) on the same clips, split and seed, after the 3D model if that is not trained yet: the two runs sit
 * side by side in {@link #runProperty()} and {@link #comparisonProperty()}.
 *
 * <p>Training runs on the {@code background} executor (the app's compute thread), never the FX thread; results come
 * back through {@code deliver}, where the properties change. Commands and properties belong to the deliver thread.
 * Cancel interrupts the training thread between batches (the trainer's own check) and is checked between epochs.
 */
public final class TrainRunModel {
    /** How the network convolves: valid, with ReLU (the classifier's geometry). */
    static final ConvSpec NETWORK_SPEC = ConvSpec.VALID.withRelu(true);
    /**
     * The command line's model with batches of 4 and 40 epochs: a class's few dozen clips give few batches per
     * epoch, and Adam needs steps (24 practice clips per gesture: about 75 % held out instead of 45 % in 30 epochs
     * of 8).
     */
    public static final TrainingOptions LESSON_OPTIONS = new TrainingOptions(4, Axis3.all(5), 40, 4, 0.02, 0);

    private final Executor background;
    private final Executor deliver;
    private final ReadOnlyObjectWrapper<TrainingOptions> options =
            new ReadOnlyObjectWrapper<>(this, "options", LESSON_OPTIONS);
    private final ReadOnlyObjectWrapper<TrainRunData> data = new ReadOnlyObjectWrapper<>(this, "data", TrainRunData.NONE);
    private final ReadOnlyObjectWrapper<TrainRunSplit> split = new ReadOnlyObjectWrapper<>(this, "split",
            TrainRunSplit.of(TrainRunData.NONE, 0));
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TrainRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<TrainRun> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<TrainRun> watched = new ReadOnlyObjectWrapper<>(this, "watched");
    private final ReadOnlyIntegerWrapper featureClip = new ReadOnlyIntegerWrapper(this, "featureClip");
    /** The data {@link #run} was trained on: a 2D comparison needs the 3D run of the same data. */
    private TrainRunData runData;
    private Job job;

    public TrainRunModel(Executor background, Executor deliver) {
        this.background = Objects.requireNonNull(background);
        this.deliver = Objects.requireNonNull(deliver);
        message.set(Messages.text("train.status.noData"));
    }

    // ---- commands ----

    /** New clips to train on (the practice set or the class's own); what was trained before stays on screen. */
    public void setData(TrainRunData clips) {
        cancel();
        data.set(Objects.requireNonNull(clips));
        split.set(TrainRunSplit.of(clips, options.get().seed()));
        featureClip.set(firstHeldOut());
        message.set(clips.isEmpty() ? Messages.text("train.status.noData")
                : Messages.text("train.status.ready", clips.clips().size(), split.get().heldOut().size()));
    }

    public void setKernels(int k) {
        setOptions(options.get().withKernels(k));
    }

    public void setKernelSize(Axis3 size) {
        setOptions(options.get().withKernelSize(size));
    }

    public void setEpochs(int e) {
        setOptions(options.get().withEpochs(e));
    }

    /** A new seed also draws a new held-out split. */
    public void setSeed(long s) {
        setOptions(options.get().withSeed(s));
        split.set(TrainRunSplit.of(data.get(), s));
        featureClip.set(firstHeldOut());
    }

    /** @throws InvalidSpecException when the options are not allowed (out of range) */
    public void setOptions(TrainingOptions o) {
        options.set(Objects.requireNonNull(o));
    }

    /** Trains the model with the options as they are now; a training already running is cancelled first. */
    public void train() {
        start(List.of(options.get()), false);
    }

    /** Trains the same model frame by frame (kt = 1), after the 3D model when that is not trained on these clips yet. */
    public void compareWith2d() {
        TrainingOptions o = options.get();
        TrainingOptions flat = o.withKernelSize(new Axis3(1, o.kernelSize().h(), o.kernelSize().w()));
        TrainRun r = run.get();
        boolean have3d = r != null && r.finished() && runData == data.get() && r.options().equals(o) && !r.flat();
        start(have3d ? List.of(flat) : List.of(o, flat), true);
    }

    /** Stops the training in progress; the curves so far stay. */
    public void cancel() {
        Job j = job;
        if (j != null) {
            j.cancel();
        }
    }

    /** Whose features the class watches: clip {@code index} of the data (a thumbnail clicked in the matrix). */
    public void chooseFeatureClip(int index) {
        if (index < 0 || index >= data.get().clips().size() || index == featureClip.get()) {
            return;
        }
        featureClip.set(index);
        Job j = job;
        if (j != null) {
            j.clip = index; // the next epoch shows it
        }
        TrainRun w = watched.get();
        if (w != null && !training.get()) {
            TrainRunData d = data.get();
            background.execute(() -> {
                FeatureVolume f = features(w.rawBank(), d, index);
                deliver.execute(() -> {
                    if (watched.get() == w && data.get() == d) {
                        TrainRun now = withFeatures(w, f, index);
                        if (run.get() == w) {
                            run.set(now);
                        } else if (comparison.get() == w) {
                            comparison.set(now);
                        }
                        watched.set(now);
                    }
                });
            });
        }
    }

    /**
     * A saved lesson's training back on screen: its clips, the options it was trained with (the seed decides the
     * held-out split), and its model with the curves it was trained along (no model: only the clips and options).
     * The features and the confusion matrix are computed again in the background.
     */
    public void restore(TrainRunData clips, TrainingOptions trainedWith, ClipClassifier model, List<CurvePoint> curves) {
        cancel();
        options.set(Objects.requireNonNull(trainedWith));
        setData(clips);
        comparison.set(null);
        run.set(null);
        watched.set(null);
        runData = null;
        if (model == null) {
            return;
        }
        TrainingOptions o = trainedWith;
        TrainRunData d = data.get();
        TrainRunSplit s = split.get();
        int clip = featureClip.get();
        background.execute(() -> {
            KernelBank raw = model.bankForRawClips();
            TrainRun r = new TrainRun(o, curves, model, raw, features(raw, d, clip), clip,
                    ConfusionMatrix.of(model, d, s.heldOut().isEmpty() ? s.train() : s.heldOut()));
            deliver.execute(() -> {
                if (data.get() == d && !training.get()) {
                    runData = d;
                    run.set(r);
                    watched.set(r);
                }
            });
        });
    }

    /** The model trained on the clips there are now (not the 2D comparison), finished or cancelled; else empty. */
    public java.util.Optional<TrainRun> runOnTheseClips() {
        TrainRun r = run.get();
        return r != null && runData == data.get() && !r.curves().isEmpty() ? java.util.Optional.of(r)
                : java.util.Optional.empty();
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<TrainingOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainRunData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainRunSplit> splitProperty() {
        return split.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** 0..1 over the epochs of the trainings asked for; negative while the engine warms up before the first. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line for the class: ready, epoch n of N, finished with the held-out accuracy, cancelled, a problem. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The model as trained with the chosen kernel size (3D unless the teacher chose kt = 1). */
    public ReadOnlyObjectProperty<TrainRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The frame-by-frame model of "Compare with 2D", or null. */
    public ReadOnlyObjectProperty<TrainRun> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The run the kernels, features and confusion matrix show: the one training now, or the last one trained. */
    public ReadOnlyObjectProperty<TrainRun> watchedProperty() {
        return watched.getReadOnlyProperty();
    }

    /** The clip whose features are shown, an index into the data. */
    public ReadOnlyIntegerProperty featureClipProperty() {
        return featureClip.getReadOnlyProperty();
    }

    // ---- the work ----

    private int firstHeldOut() {
        List<Integer> held = split.get().heldOut();
        return held.isEmpty() ? 0 : held.get(0);
    }

    /** {@code compare}: the last of {@code runs} is the 2D comparison, the first (if two) the 3D model. */
    private void start(List<TrainingOptions> runs, boolean compare) {
        TrainRunData d = data.get();
        if (d.isEmpty()) {
            message.set(Messages.text("train.status.noData"));
            return;
        }
        cancel();
        Job j = new Job(d, split.get(), runs, compare, featureClip.get());
        job = j;
        training.set(true);
        progress.set(-1);
        message.set(Messages.text("train.status.starting"));
        comparison.set(null); // a comparison belongs to the model trained with it
        background.execute(j::run);
    }

    private static FeatureVolume features(KernelBank raw, TrainRunData d, int index) {
        return Conv3d.apply(d.clips().get(index).clip(), raw, NETWORK_SPEC);
    }

    private static TrainRun withFeatures(TrainRun r, FeatureVolume f, int index) {
        return new TrainRun(r.options(), r.curves(), r.model(), r.rawBank(), f, index, r.confusion());
    }

    /** One click's trainings, in order, on one thread; cancelled as a whole. */
    private final class Job {
        private final TrainRunData data;
        private final TrainRunSplit split;
        private final List<TrainingOptions> runs;
        private final boolean compare;
        private volatile int clip;
        private boolean cancelled;
        private Thread thread;

        Job(TrainRunData data, TrainRunSplit split, List<TrainingOptions> runs, boolean compare, int clip) {
            this.data = data;
            this.split = split;
            this.runs = runs;
            this.compare = compare;
            this.clip = clip;
        }

        synchronized void cancel() {
            cancelled = true;
            if (thread != null) {
                thread.interrupt();
            }
        }

        private synchronized boolean begin() {
            thread = Thread.currentThread();
            return !cancelled;
        }

        /** Clears our interrupt before the thread goes back to the executor: its next task must not see it. */
        private synchronized void end() {
            thread = null;
            Thread.interrupted();
        }

        private synchronized void checkCancelled() {
            if (cancelled) {
                throw new CancellationException();
            }
        }

        void run() {
            if (!begin()) {
                end();
                deliver.execute(() -> finish(this, Messages.text("train.status.cancelled")));
                return;
            }
            try {
                List<LabeledClip> trainClips = data.augment().apply(split.trainClips(data));
                List<LabeledClip> held = split.heldOutClips(data);
                int total = runs.stream().mapToInt(TrainingOptions::epochs).sum();
                int done = 0;
                String summary = "";
                double first = Double.NaN;
                for (int r = 0; r < runs.size(); r++) {
                    TrainingOptions o = runs.get(r);
                    boolean comparing = compare && r == runs.size() - 1;
                    Trainer trainer = new Trainer(data.classes(), trainClips, o);
                    List<CurvePoint> curves = new ArrayList<>();
                    ClipClassifier model = trainer.model();
                    for (int e = 0; e < o.epochs(); e++) {
                        checkCancelled();
                        EpochResult result = trainer.epoch();
                        model = trainer.model();
                        double[] h = TrainRunMeasure.lossAndAccuracy(model, held);
                        curves.add(held.isEmpty() ? CurvePoint.of(result) : CurvePoint.of(result, h[0], h[1]));
                        KernelBank raw = model.bankForRawClips();
                        int c = clip;
                        TrainRun now = new TrainRun(o, curves, model, raw, features(raw, data, c), c, null);
                        double share = (double) ++done / total;
                        String line = Messages.text(o.kernelSize().t() == 1 ? "train.status.epoch2d" : "train.status.epoch",
                                e + 1, o.epochs());
                        deliver.execute(() -> step(this, now, comparing, share, line));
                    }
                    KernelBank raw = model.bankForRawClips();
                    int c = clip;
                    TrainRun last = new TrainRun(o, curves, model, raw, features(raw, data, c), c,
                            ConfusionMatrix.of(model, data, split.heldOut().isEmpty() ? split.train() : split.heldOut()));
                    summary = runs.size() == 2 && r == 1
                            ? Messages.text("train.status.compared", Math.round(100 * first),
                                    Math.round(100 * last.confusion().accuracy()), last.confusion().total())
                            : Messages.text("train.status.done", Math.round(100 * last.confusion().accuracy()),
                                    last.confusion().total());
                    first = last.confusion().accuracy();
                    deliver.execute(() -> step(this, last, comparing, -2, null));
                }
                String line = summary;
                deliver.execute(() -> finish(this, line));
            } catch (CancellationException e) {
                deliver.execute(() -> finish(this, Messages.text("train.status.cancelled")));
            } catch (InvalidSpecException e) {
                deliver.execute(() -> finish(this, Messages.text("train.status.problem", e.getMessage())));
            } catch (RuntimeException e) {
                boolean stopped;
                synchronized (this) {
                    stopped = cancelled;
                }
                String line = stopped ? Messages.text("train.status.cancelled")
                        : Messages.text("train.status.problem", String.valueOf(e.getMessage()));
                deliver.execute(() -> finish(this, line));
            } finally {
                end();
            }
        }
    }

    /** An epoch's (or a finished run's, share -2) result reaches the screen, unless its job has been replaced. */
    private void step(Job j, TrainRun r, boolean comparing, double share, String line) {
        if (job != j) {
            return;
        }
        if (comparing) {
            comparison.set(r);
        } else {
            run.set(r);
            runData = j.data;
        }
        watched.set(r);
        if (share >= 0) {
            progress.set(share);
        }
        if (line != null) {
            message.set(line);
        }
    }

    private void finish(Job j, String line) {
        if (job != j) {
            return;
        }
        job = null;
        training.set(false);
        message.set(line);
        if (progress.get() < 0) {
            progress.set(0);
        }
    }
}
