package app.conv3d.ui.live;

import app.conv3d.capture.LiveSlice;
import app.conv3d.capture.LiveWindow;
import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The window's "Live" toggle: a camera feeds a {@link LiveWindow} of the lesson's clip length, and the lesson
 * shows the rolling window with its features as they follow the camera, the newest output slice in the feature
 * view. At most one picture reaches the lesson per animation frame, always the newest. Freezing holds the picture
 * shown (16 frames and their features) for discussion and resumes; "use these frames", or stopping, keeps the last
 * live window as the lesson's clip, so the teacher can walk through the moment they stopped on. While frozen, or
 * while nobody can see the window (minimised), no picture is grabbed or convolved. A camera that fails stops live
 * mode with a message and puts the clip from before back. Commands and properties belong to the FX thread.
 */
public final class LiveMode {
    private static final System.Logger LOG = System.getLogger(LiveMode.class.getName());

    private final Lesson lesson;
    private final LiveCamera camera;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    private final ReadOnlyLongWrapper updates = new ReadOnlyLongWrapper(this, "updates");
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(this, "frozen");
    private final ReadOnlyStringWrapper rates = new ReadOnlyStringWrapper(this, "rates", LiveRates.describe(-1, -1));
    private final LiveRates counted = new LiveRates();
    private final AnimationTimer painter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            show();
            if (counted.sample(now, grabbed(), updates.get())) {
                rates.set(LiveRates.describe(counted.camera(), counted.slices()));
            }
        }
    };
    private Session session;
    /** Whether the window can be seen (not minimised): nobody watching, nothing is grabbed. */
    private boolean watched = true;

    public LiveMode(Lesson lesson, LiveCamera camera) {
        this.lesson = Objects.requireNonNull(lesson);
        this.camera = Objects.requireNonNull(camera);
        // the live window convolves with what it was built with: new kernels, geometry or size need a new one
        lesson.bankProperty().addListener((obs, old, now) -> restart());
        lesson.specProperty().addListener((obs, old, now) -> restart());
        lesson.lessonSizeProperty().addListener((obs, old, now) -> restart());
    }

    private void restart() {
        if (active.get()) {
            end();
            start();
        }
    }

    /** Opens the camera (in the background) and starts following it; does nothing while already live. */
    public void start() {
        KernelBank bank = lesson.bankProperty().get();
        if (active.get() || bank == null) {
            return;
        }
        Session s = new Session(bank, lesson.specProperty().get(), lesson.lessonSizeProperty().get().size(),
                lesson.sourceClipProperty().get());
        session = s;
        active.set(true);
        note.set(null);
        feedOrRest();
        s.open();
    }

    /** Stops following the camera; the last live window becomes the lesson's clip. */
    public void stop() {
        Session s = end();
        if (s != null && s.lastShown != null) {
            lesson.useClip(s.lastShown);
        }
    }

    /**
     * "Use these frames": the frames shown now (held, when frozen) become the lesson's clip, and live mode ends.
     * Nothing happens before the first picture.
     */
    public void useFrames() {
        Session s = session;
        if (s != null && s.lastShown != null) {
            stop();
        }
    }

    /** Holds the picture shown (its 16 frames and their features) and stops grabbing, or goes on; only while live. */
    public void toggleFreeze() {
        if (active.get()) {
            frozen.set(!frozen.get());
            feedOrRest();
        }
    }

    /** Whether anyone can see the window (false while it is minimised): unseen, live mode grabs nothing. */
    public void setWatched(boolean seen) {
        if (watched != seen) {
            watched = seen;
            feedOrRest();
        }
    }

    /** Feeds the lesson while live, unfrozen and watched; otherwise neither the camera nor the convolution runs. */
    private void feedOrRest() {
        Session s = session;
        boolean feeding = s != null && watched && !frozen.get();
        if (s != null) {
            s.pause(!feeding);
        }
        if (feeding) {
            counted.restart();
            rates.set(LiveRates.describe(-1, -1));
            painter.start();
        } else {
            painter.stop();
        }
    }

    /** Releases the camera without touching the lesson (the window is closing). */
    public void close() {
        end();
    }

    private Session end() {
        Session s = session;
        session = null;
        painter.stop();
        active.set(false);
        frozen.set(false);
        note.set(null);
        if (s != null) {
            s.close();
        }
        return s;
    }

    /** The newest picture, if there is one the lesson has not had yet. */
    private void show() {
        Session s = session;
        if (s == null) {
            return;
        }
        Picture p = s.latest.getAndSet(null);
        if (p != null) {
            if (s.lastShown == null) {
                // the feature view follows the kernel's slice: the newest, where the camera's latest frames are read
                Axis3 here = lesson.positions().at(lesson.positionProperty().get());
                lesson.showLive(p.volume, p.features);
                lesson.moveTo(p.features.frames() - 1, here.h(), here.w());
            } else {
                lesson.showLive(p.volume, p.features);
            }
            s.lastShown = p.volume;
            updates.set(updates.get() + 1);
        }
    }

    private void fail(Session s, String message) {
        if (session != s) {
            return;
        }
        end();
        LOG.log(System.Logger.Level.WARNING, "live mode stopped: " + message);
        String line = Messages.text("live.stopped", message);
        if (s.lastShown == null || s.before == null) {
            lesson.reportError(line);
            return;
        }
        // back to the clip from before; the message goes up once its result is in (a result clears the line)
        lesson.computedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Computed> obs, Computed old, Computed now) {
                obs.removeListener(this);
                lesson.reportError(line);
            }
        });
        lesson.useClip(s.before);
    }

    /** Whether live mode is on (from the toggle until stopped or failed). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** What the teacher should know about the camera in use (the virtual one stands in); null otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Whether the picture shown is held for discussion (no grabbing, no convolving). */
    public ReadOnlyBooleanProperty frozenProperty() {
        return frozen.getReadOnlyProperty();
    }

    /** The camera's and the features' frame rates in words, e.g. "camera 30 fps · features 25 fps". */
    public ReadOnlyStringProperty ratesProperty() {
        return rates.getReadOnlyProperty();
    }

    /** Pictures handed to the lesson since this controller was made. */
    public ReadOnlyLongProperty updatesProperty() {
        return updates.getReadOnlyProperty();
    }

    /** Camera pictures grabbed in this session so far (0 before the camera is open); any thread. */
    public long grabbed() {
        Session s = session;
        return s == null ? 0 : s.live.grabbed();
    }

    /** Camera pictures this session's live window dropped because it was still convolving the one before; any thread. */
    public long dropped() {
        Session s = session;
        return s == null ? 0 : s.live.dropped();
    }

    /** Whether the camera is open and its loop started, resting or not (tests). */
    public boolean feedStarted() {
        Session s = session;
        return s != null && s.live.feedStarted();
    }

    /** Whether a camera loop is running now (tests: it must end when live mode stops). */
    public boolean feeding() {
        Session s = session;
        return s != null && s.live.feeding();
    }

    private record Picture(Volume volume, FeatureVolume features) {
    }

    /** One run of live mode, from opening the camera to closing it: the camera's {@link LiveSession} and what it shows. */
    private final class Session {
        private final KernelBank bank;
        private final ConvSpec spec;
        private final Axis3 size;
        private final Volume before;
        /** Newest picture not yet shown; built only when the previous one was taken, so at most one per frame. */
        private final AtomicReference<Picture> latest = new AtomicReference<>();
        private final LiveSession live;
        /** FX thread only. */
        private Volume lastShown;

        Session(KernelBank bank, ConvSpec spec, Axis3 size, Volume before) {
            this.bank = bank;
            this.spec = spec;
            this.size = size;
            this.before = before;
            this.live = new LiveSession(camera, () -> new LiveWindow(size.t(), size.h(), size.w(), bank, spec,
                    this::onSlice), new LiveSession.Events() {
                        @Override
                        public void opened(String text) {
                            if (text != null) {
                                Platform.runLater(() -> {
                                    if (session == Session.this) {
                                        note.set(text);
                                    }
                                });
                            }
                        }

                        @Override
                        public void failed(String message) {
                            Platform.runLater(() -> fail(Session.this, message));
                        }
                    });
        }

        void open() {
            live.open();
        }

        /** On the live worker, right after the push: window and features agree here, the next push waits for us. */
        private void onSlice(LiveSlice slice) {
            if (live.isClosed() || latest.get() != null) {
                return;
            }
            Volume volume = live.window().window();
            if (volume.frames() != size.t()) {
                return; // still filling
            }
            latest.set(new Picture(volume, slice.features()));
        }

        /** Rests the camera loop, or wakes it; a picture waiting from before a rest is stale and goes. */
        void pause(boolean rest) {
            live.pause(rest);
            if (!rest) {
                latest.set(null);
            }
        }

        void close() {
            live.close();
        }
    }
}
