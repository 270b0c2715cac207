package app.conv3d.ui.train.live;

import app.conv3d.capture.LiveSlice;
import app.conv3d.capture.LiveWindow;
import app.conv3d.core.Axis3;
import app.conv3d.train.ClipClassifier;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.live.LiveCamera;
import app.conv3d.ui.live.LiveRates;
import app.conv3d.ui.live.LiveSession;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Live classification: the camera through live mode's own pipeline ({@link LiveSession}: one grab loop, frames fitted
 * to the model's clip size by live mode's resampler, newest frame wins) into a {@link LiveWindow} of the model's clip
 * length that convolves the learned kernels ({@link ClipClassifier#bankForRawClips}, valid, ReLU) on its worker thread,
 * one new output frame per camera frame. The window's features are the network's own, so each kernel's average over
 * them, through the linear layer and the softmax ({@link ClipClassifier#probabilitiesOfMeans}), is the class
 * probabilities of the last T frames: no second convolution.
 *
 * <p>Toolkit-free: the view calls {@link #pulse} at every animation frame with the frame's time, and at most one
 * classification, the newest, becomes {@link #classificationProperty()} per pulse. Idle rule as live mode's: while
 * the pane is hidden, the window minimised, the classification stopped or frozen, no picture is grabbed or
 * convolved ({@link #feedingProperty()} says when pulses are needed at all). Commands and properties belong to one
 * thread (the FX thread in the window).
 */
public final class LiveClassifyModel {
    private final LiveCamera camera;
    private final ReadOnlyObjectWrapper<ClipClassifier> classifier = new ReadOnlyObjectWrapper<>(this, "classifier");
    private final ReadOnlyObjectWrapper<LiveClassification> classification =
            new ReadOnlyObjectWrapper<>(this, "classification");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(this, "frozen");
    private final ReadOnlyBooleanWrapper feeding = new ReadOnlyBooleanWrapper(this, "feeding");
    private final ReadOnlyLongWrapper updates = new ReadOnlyLongWrapper(this, "updates");
    private final ReadOnlyStringWrapper rates = new ReadOnlyStringWrapper(this, "rates", describe(-1, -1));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final LiveRates counted = new LiveRates();
    private Session session;
    private boolean shown = true;
    private boolean watched = true;

    /**
     * @param model  the trained network, or null until there is one
     * @param camera where the pictures come from ({@link LiveCamera#fromSetting()} in the window)
     */
    public LiveClassifyModel(ClipClassifier model, LiveCamera camera) {
        this.camera = Objects.requireNonNull(camera);
        classifier.set(model);
    }

    // ---- commands

    /** A newly trained network; a running classification goes on with it (the new kernels need a new window). */
    public void setClassifier(ClipClassifier model) {
        boolean running = active.get();
        end();
        classifier.set(model);
        classification.set(null);
        if (running) {
            start();
        }
    }

    /** Opens the camera (in the background) and classifies what it sees; nothing without a network or while running. */
    public void start() {
        ClipClassifier model = classifier.get();
        if (active.get() || model == null) {
            return;
        }
        Session s = new Session(model);
        session = s;
        active.set(true);
        error.set(null);
        note.set(null);
        feedOrRest();
        s.live.open();
    }

    /** Stops and releases the camera; the last classification stays on screen. */
    public void stop() {
        end();
    }

    /** Holds the classification shown and rests the camera, or goes on; only while running. */
    public void toggleFreeze() {
        if (active.get()) {
            frozen.set(!frozen.get());
            feedOrRest();
        }
    }

    /** Whether the pane is on screen (its mode chosen, its window showing); hidden, nothing is grabbed. */
    public void setShown(boolean onScreen) {
        if (shown != onScreen) {
            shown = onScreen;
            feedOrRest();
        }
    }

    /** Whether anyone can see the window (false while minimised); unseen, nothing is grabbed. */
    public void setWatched(boolean seen) {
        if (watched != seen) {
            watched = seen;
            feedOrRest();
        }
    }

    /**
     * An animation frame at {@code nanos}: the newest classification not yet shown becomes the property, the rates are
     * counted, and what the camera session had to say (a note, a failure) is taken up.
     */
    public void pulse(long nanos) {
        Session s = session;
        if (s == null) {
            return;
        }
        String failure = s.failure.getAndSet(null);
        if (failure != null) {
            end();
            error.set(Messages.text("classify.stopped", failure));
            return;
        }
        String said = s.note.getAndSet(null);
        if (said != null) {
            note.set(said);
        }
        LiveClassification next = s.latest.getAndSet(null);
        if (next != null) {
            classification.set(next);
            updates.set(updates.get() + 1);
        }
        if (counted.sample(nanos, s.live.grabbed(), updates.get())) {
            rates.set(describe(counted.camera(), counted.slices()));
        }
    }

    /** Releases the camera (the window is closing). */
    public void close() {
        end();
    }

    private void end() {
        Session s = session;
        session = null;
        active.set(false);
        frozen.set(false);
        feeding.set(false);
        if (s != null) {
            s.live.close();
        }
    }

    /** Grabs and classifies while running, shown, watched and not frozen; otherwise neither camera nor kernels run. */
    private void feedOrRest() {
        Session s = session;
        boolean feed = s != null && shown && watched && !frozen.get();
        if (s != null) {
            s.live.pause(!feed);
            if (feed) {
                s.latest.set(null); // a classification from before a rest is stale
            }
        }
        if (feed && !feeding.get()) {
            counted.restart();
            rates.set(describe(-1, -1));
        }
        feeding.set(feed);
    }

    static String describe(double camera, double classifications) {
        if (camera < 0 || classifications < 0) {
            return Messages.text("classify.rates.counting");
        }
        return Messages.text("classify.rates", Math.round(camera), Math.round(classifications));
    }

    // ---- properties

    /** The network classifying, or null before one is trained. */
    public ReadOnlyObjectProperty<ClipClassifier> classifierProperty() {
        return classifier.getReadOnlyProperty();
    }

    /** The newest classification shown, or null before the first (the window needs T frames). */
    public ReadOnlyObjectProperty<LiveClassification> classificationProperty() {
        return classification.getReadOnlyProperty();
    }

    /** From {@link #start} until stopped or failed. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty frozenProperty() {
        return frozen.getReadOnlyProperty();
    }

    /** Whether the camera runs now (active, shown, watched, not frozen): the view pulses only then. */
    public ReadOnlyBooleanProperty feedingProperty() {
        return feeding.getReadOnlyProperty();
    }

    /** Classifications shown since this model was made. */
    public ReadOnlyLongProperty updatesProperty() {
        return updates.getReadOnlyProperty();
    }

    /** The camera's frame rate and the classifications a second, in words. */
    public ReadOnlyStringProperty ratesProperty() {
        return rates.getReadOnlyProperty();
    }

    /** What the teacher should know about the camera (the virtual one stands in), or null. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Why the classification stopped (the camera failed), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Camera pictures grabbed in this run (0 before the camera is open); any thread. */
    public long grabbed() {
        Session s = session;
        return s == null ? 0 : s.live.grabbed();
    }

    /** Camera pictures dropped in this run because the kernels were still busy with the one before; any thread. */
    public long dropped() {
        Session s = session;
        return s == null ? 0 : s.live.dropped();
    }

    /** Camera pictures the kernels have finished with in this run, classified or not (yet); any thread. */
    public long processed() {
        Session s = session;
        LiveWindow w = s == null ? null : s.live.window();
        return w == null ? 0 : w.processed();
    }

    /** Classifications computed in this run, shown or superseded; any thread. */
    public long computed() {
        Session s = session;
        return s == null ? 0 : s.computed.get();
    }

    /** One run, from opening the camera to closing it. */
    private final class Session {
        private final ClipClassifier model;
        private final Axis3 clip;
        private final LiveSession live;
        /** The newest classification not yet shown: a newer one replaces it. */
        private final AtomicReference<LiveClassification> latest = new AtomicReference<>();
        private final AtomicReference<String> failure = new AtomicReference<>();
        private final AtomicReference<String> note = new AtomicReference<>();
        private final AtomicLong computed = new AtomicLong();

        Session(ClipClassifier model) {
            this.model = model;
            this.clip = model.clipSize();
            this.live = new LiveSession(camera, () -> new LiveWindow(clip.t(), clip.h(), clip.w(),
                    model.bankForRawClips(), ClipClassifier.SPEC, this::classify), new LiveSession.Events() {
                        @Override
                        public void opened(String text) {
                            note.set(text);
                        }

                        @Override
                        public void failed(String message) {
                            failure.set(message);
                        }
                    });
        }

        /** On the live worker, right after the push: the window and its features agree, the next push waits. */
        private void classify(LiveSlice slice) {
            LiveWindow window = live.window();
            if (live.isClosed() || window.windowSize() != clip.t()) {
                return; // closing, or the window still filling
            }
            double[] p = model.probabilitiesOfMeans(slice.kernelMeans());
            latest.set(new LiveClassification(slice.sequence(), p, ClipClassifier.mostProbable(p), slice.newest(),
                    window.newestFrame()));
            computed.incrementAndGet();
        }
    }
}
