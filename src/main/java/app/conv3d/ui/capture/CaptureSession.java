package app.conv3d.ui.capture;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureException;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.Frame;
import app.conv3d.capture.Recorder;
import app.conv3d.capture.Recording;
import app.conv3d.capture.RecordingListener;
import app.conv3d.capture.RecordingPlan;
import app.conv3d.capture.RecordingTask;
import app.conv3d.capture.TestPatternDevice;
import app.conv3d.capture.WebcamSource;
import app.conv3d.core.Volume;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.settings.UserSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The capture dialog's model, its state machine: which cameras there are, opening one, the countdown, the
 * filmstrip and the finished clip; the live picture is its {@link CameraPreviewModel}. Camera work runs on daemon
 * threads; results reach the properties through the FX executor. No toolkit beyond javafx.beans, so it is tested
 * with the virtual camera and no window. The clip the lesson had before is never touched: the dialog only ever
 * hands out a new one.
 */
public final class CaptureSession {
    /** Where the dialog is in its flow. */
    public enum Phase { OPENING, PREVIEW, COUNTDOWN, RECORDING, REVIEW, FAILED, CLOSED }

    private static final int FILMSTRIP_SIZE = 64;

    private final int height;
    private final int width;
    /** The settings key of the camera last recorded with. */
    static final String LAST_CAMERA = "camera";

    private final CameraAccess access;
    private final Executor fx;
    private UserSettings memory = UserSettings.none();
    /** The cameras found, as the worker knows them (the list property is the FX thread's). */
    private volatile List<String> known = List.of();
    /**
     * One thread for every session's opening and closing: webcam-capture shares one Webcam object per
     * camera, so a dialog closed and opened again must close before it reopens, in that order.
     */
    private static final ExecutorService CAMERA_WORK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conv3d-capture-dialog");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService cameraWork = CAMERA_WORK;

    private final ObservableList<String> cameras = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.text("capture.status.looking"));
    private final ReadOnlyStringWrapper camera = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper countdown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper(RecordingPlan.DEFAULT.frames());
    private final ReadOnlyIntegerWrapper intervalMillis =
            new ReadOnlyIntegerWrapper((int) RecordingPlan.DEFAULT.interval().toMillis());
    private final ObservableList<ArgbPicture> filmstrip = FXCollections.observableArrayList();
    private final ObservableList<String> camerasShown = FXCollections.unmodifiableObservableList(cameras);
    private final ObservableList<ArgbPicture> filmstripShown = FXCollections.unmodifiableObservableList(filmstrip);
    private final CameraPreviewModel preview;

    private volatile WebcamSource source;
    private volatile RecordingTask recording;
    private volatile Recording result;
    private volatile boolean closed;
    private int countdownTicks = RecordingPlan.DEFAULT.countdown();
    private Duration tick = RecordingPlan.DEFAULT.tick();

    /**
     * @param height, width the lesson's frame size: the preview and the clip are cropped and resized to it
     * @param fx            runs property updates on the FX thread ({@code Platform::runLater})
     */
    public CaptureSession(int height, int width, CameraDriver driver, CaptureTimeouts timeouts, Executor fx) {
        this(height, width, CameraAccess.through(driver, timeouts), fx);
    }

    /** As above, with the cameras given (tests: a camera that fails to open). */
    public CaptureSession(int height, int width, CameraAccess access, Executor fx) {
        this.height = height;
        this.width = width;
        this.access = access;
        this.fx = fx;
        this.preview = new CameraPreviewModel(height, width, fx);
    }

    /** The cameras found (the virtual one always among them). */
    public ObservableList<String> cameras() {
        return camerasShown;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** One line for the teacher: what is happening, or what went wrong and what to do. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The camera in use. */
    public ReadOnlyStringProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    /** 3, 2, 1 during the countdown, else 0. */
    public ReadOnlyIntegerProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** How many frames Record takes. */
    public ReadOnlyIntegerProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    /** Milliseconds between recorded frames. */
    public ReadOnlyIntegerProperty intervalMillisProperty() {
        return intervalMillis.getReadOnlyProperty();
    }

    /** The next recording's frame count (checked when Record is pressed, with the plan's own limits). */
    public void setFrames(int n) {
        frames.set(n);
    }

    /** The next recording's interval in milliseconds (checked when Record is pressed). */
    public void setIntervalMillis(int ms) {
        intervalMillis.set(ms);
    }

    /** The live picture, cropped to the lesson's size. */
    public CameraPreviewModel preview() {
        return preview;
    }

    /** The recorded frames, small, in order. */
    public ObservableList<ArgbPicture> filmstrip() {
        return filmstripShown;
    }

    /** A shorter countdown (tests, or a teacher in a hurry). */
    public void setCountdown(int ticks, Duration each) {
        countdownTicks = ticks;
        tick = each;
    }

    /**
     * Remembers the camera recorded with in {@code settings} (the capture part of the teacher's), and starts with it
     * next time when it is still there.
     */
    public void remember(UserSettings settings) {
        memory = settings;
    }

    /**
     * Looks for cameras and opens {@code preferred}, else the one last recorded with, else the first found (the
     * virtual camera when there is none).
     */
    public void start(String preferred) {
        phase.set(Phase.OPENING);
        status.set(Messages.text("capture.status.looking"));
        String wanted = preferred != null ? preferred : memory.text(LAST_CAMERA, null);
        cameraWork.execute(() -> {
            List<String> found = new ArrayList<>();
            String problem = null;
            try {
                found.addAll(access.names());
            } catch (CaptureException e) {
                problem = e.getMessage();
            }
            if (!found.contains(TestPatternDevice.NAME)) {
                found.add(TestPatternDevice.NAME);
            }
            known = List.copyOf(found);
            String pick = wanted != null && found.contains(wanted) ? wanted : found.get(0);
            String note = problem;
            fx.execute(() -> {
                cameras.setAll(found);
                if (note != null) {
                    status.set(note);
                }
            });
            openOnWorker(pick, note);
        });
    }

    /** Switches to another camera. */
    public void selectCamera(String name) {
        if (name == null || name.equals(camera.get()) && source != null) {
            return;
        }
        stopPreview();
        phase.set(Phase.OPENING);
        status.set(Messages.text("capture.status.opening", name));
        cameraWork.execute(() -> openOnWorker(name, null));
    }

    /**
     * Opens {@code name}; when it fails, says which camera failed and why, and goes on to the next one in the list
     * (the virtual camera, last, always opens). Only when none opens does the dialog fail.
     */
    private void openOnWorker(String name, String earlierProblem) {
        closeSource();
        List<String> tried = new ArrayList<>();
        String next = name;
        String note = earlierProblem;
        while (next != null) {
            tried.add(next);
            try {
                WebcamSource opened = access.open(next);
                if (closed) { // the dialog went away while the camera was opening
                    opened.close();
                    return;
                }
                source = opened;
                String shown = note;
                String listed = next; // the list's name, so that the list shows it chosen
                fx.execute(() -> {
                    if (closed) {
                        return;
                    }
                    camera.set(listed);
                    status.set(shown == null ? Messages.text("capture.status.ready")
                            : Messages.text("capture.status.showing", shown, quoted(listed)));
                    phase.set(Phase.PREVIEW);
                    startPreview();
                });
                return;
            } catch (CaptureException e) {
                if (closed) {
                    return;
                }
                String failed = failedToOpen(next, e.getMessage());
                String after = following(next, tried);
                // every camera that failed is named, the first one (the one asked for) first
                String all = note == null ? failed
                        : note + "; " + Character.toLowerCase(failed.charAt(0)) + failed.substring(1);
                if (after == null) {
                    fx.execute(() -> fail(all));
                    return;
                }
                note = all;
                fx.execute(() -> {
                    if (!closed) {
                        status.set(Messages.text("capture.status.trying", failed, quoted(after)));
                    }
                });
                next = after;
            }
        }
    }

    /** The camera after {@code name} in the list, going round, that has not been tried; null when none is left. */
    private String following(String name, List<String> tried) {
        List<String> list = known;
        int at = list.indexOf(name);
        for (int i = 1; i <= list.size(); i++) {
            String candidate = list.get(Math.floorMod(at + i, list.size()));
            if (!tried.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The failure as one sentence that names the camera (the driver's messages usually do already). */
    static String failedToOpen(String name, String message) {
        String sentence = message.toLowerCase(java.util.Locale.ROOT).contains("'" + name.toLowerCase(java.util.Locale.ROOT) + "'")
                ? message : Messages.text("capture.status.notOpened", quoted(name), message);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String quoted(String name) {
        return "'" + name + "'";
    }

    /** Starts the countdown and recording with the current frame count and interval. */
    public void record() {
        WebcamSource s = source;
        if (s == null || phase.get() != Phase.PREVIEW) {
            return;
        }
        RecordingPlan plan;
        try {
            plan = new RecordingPlan(frames.get(), Duration.ofMillis(intervalMillis.get()), countdownTicks, tick);
        } catch (RuntimeException e) {
            status.set(e.getMessage());
            return;
        }
        stopPreview();
        filmstrip.clear();
        result = null;
        memory.put(LAST_CAMERA, camera.get());
        memory.flush();
        phase.set(Phase.COUNTDOWN);
        status.set(Messages.text("capture.status.getReady"));
        RecordingTask task = Recorder.start(s, plan, new RecordingListener() {
            @Override
            public void countdown(int left) {
                fx.execute(() -> {
                    countdown.set(left);
                    if (left == 0) {
                        phase.set(Phase.RECORDING);
                        status.set(Messages.text("capture.status.recording", plan.frames()));
                    }
                });
            }

            @Override
            public void previewed(Frame frame) {
                preview.show(frame);
            }

            @Override
            public void frameRecorded(int index, int total, Frame frame) {
                preview.show(frame);
                ArgbPicture thumb = ArgbPicture.fitted(frame, FILMSTRIP_SIZE, FILMSTRIP_SIZE);
                fx.execute(() -> filmstrip.add(thumb));
            }
        });
        recording = task;
        task.result().whenComplete((rec, error) -> fx.execute(() -> {
            if (recording != task) {
                return; // superseded or cancelled by the dialog
            }
            recording = null;
            countdown.set(0);
            if (rec != null) {
                result = rec;
                phase.set(Phase.REVIEW);
                status.set(Messages.text("capture.status.recorded", rec.size()));
            } else {
                Throwable cause = error instanceof CompletionException c ? c.getCause() : error;
                fail(cause instanceof CaptureException ce ? ce.getMessage() : Messages.text("capture.status.failed", cause));
            }
        }));
    }

    /** Throws the recording away and goes back to the live preview. */
    public void retake() {
        RecordingTask task = recording;
        recording = null;
        if (task != null) {
            task.cancel();
        }
        result = null;
        filmstrip.clear();
        countdown.set(0);
        if (source != null) {
            phase.set(Phase.PREVIEW);
            status.set(Messages.text("capture.status.ready"));
            startPreview();
        } else {
            start(camera.get().isEmpty() ? null : camera.get());
        }
    }

    /** The recorded clip at the lesson's size, if a recording finished. */
    public Optional<Volume> clip() {
        Recording r = result;
        return r == null ? Optional.empty() : Optional.of(r.toVolume(height, width));
    }

    /** Stops everything and releases the camera (without waiting for a frozen driver). */
    public void close() {
        closed = true;
        phase.set(Phase.CLOSED);
        RecordingTask task = recording;
        recording = null;
        if (task != null) {
            task.cancel();
        }
        stopPreview();
        cameraWork.execute(this::closeSource);
    }

    private void fail(String message) {
        stopPreview();
        phase.set(Phase.FAILED);
        status.set(message);
    }

    private void closeSource() {
        WebcamSource s = source;
        source = null;
        if (s != null) {
            s.close();
        }
    }

    private void startPreview() {
        WebcamSource s = source;
        if (s != null) {
            preview.start(s, this::fail);
        }
    }

    private void stopPreview() {
        preview.stop();
    }
}
