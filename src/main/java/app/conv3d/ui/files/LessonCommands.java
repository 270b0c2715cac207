package app.conv3d.ui.files;

import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.ClipReader;
import app.conv3d.io.ClipWriter;
import app.conv3d.io.FrameSize;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.io.SavedLesson;
import app.conv3d.io.SavedTraining;
import app.conv3d.ui.train.TrainRunModel;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.DefaultLesson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the File menu does with a file once it is chosen: reading and writing run on the background
 * executor, the lesson changes on the FX thread, and any problem becomes the window's one-line error
 * with the lesson left as it was. The file choice is not made here, so every command can be called
 * directly (tests, drag and drop, Open recent). Each command's future completes once the change is
 * applied or reported; it never completes exceptionally.
 */
public final class LessonCommands {
    /** Clips are read fitted to the largest lesson: more frames or pixels would be resampled away. */
    static final LessonSize READ_SIZE = LessonSize.FULL;

    private final Lesson lesson;
    private final Executor background;
    private final Executor fx;
    private final RecentLessons recent;
    private final LessonChanges changes;
    /** The Train mode whose clips, model and curves go into saved lessons (none: lessons without them). */
    private TrainRunModel training;

    /**
     * @param background file reading and writing
     * @param fx the FX thread ({@code Platform::runLater})
     */
    public LessonCommands(Lesson lesson, Executor background, Executor fx, RecentLessons recent) {
        this.lesson = Objects.requireNonNull(lesson);
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.recent = Objects.requireNonNull(recent);
        this.changes = new LessonChanges(lesson);
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Lessons saved from now on keep {@code model}'s training, and lessons opened bring theirs back into it. */
    public void setTraining(TrainRunModel model) {
        training = Objects.requireNonNull(model);
    }

    /** Whether the lesson holds work no file has: a lesson saved, opened or reset is saved. */
    public LessonChanges changes() {
        return changes;
    }

    /** Makes the clip in {@code input} (folder of images, animated GIF, .npy) the lesson's clip, same kernels. */
    public CompletableFuture<Boolean> openClip(Path input) {
        return work(Messages.text("doing.openClip"), input, () -> {
            var size = READ_SIZE.size();
            return ClipReader.read(input, size.t(), FrameSize.of(size.h(), size.w()));
        }, clip -> lesson.load(clip, currentKernels()));
    }

    /** Makes a recorded clip the lesson's clip (kept with the lesson's kernels). */
    public void useClip(Volume clip) {
        lesson.dismissError();
        lesson.load(clip, currentKernels());
    }

    /** Writes the lesson's source clip as frame1.png, frame2.png ... into {@code folder}. */
    public CompletableFuture<Boolean> saveClipPngs(Path folder) {
        Volume clip = lesson.sourceClipProperty().get();
        if (clip == null) {
            return refuse(folder, Messages.text("files.noClip"));
        }
        return work(Messages.text("doing.saveClip"), folder, () -> {
            ClipWriter.write(folder, clip);
            return folder;
        }, done -> { });
    }

    /** Opens a lesson saved by {@link #saveLesson}; a damaged file changes nothing. */
    public CompletableFuture<Boolean> openLesson(Path file) {
        return work(Messages.text("doing.openLesson"), file, () -> {
            LessonFile.Opened saved;
            try {
                saved = LessonFile.read(file);
            } catch (java.io.IOException e) {
                if (!Files.exists(file)) {
                    recent.remove(file);
                }
                throw e;
            }
            LessonState.requireOfferedSize(file, saved.lesson());
            recent.add(file);
            return saved;
        }, saved -> {
            LessonState.restore(lesson, saved.lesson());
            if (training != null) {
                LessonState.restoreTraining(training, saved.training());
            }
            changes.markSaved();
        });
    }

    /** Saves clip, kernels, geometry, display and walkthrough position into {@code file} (atomically). */
    public CompletableFuture<Boolean> saveLesson(Path file) {
        Optional<SavedLesson> saved;
        try {
            saved = LessonState.capture(lesson);
        } catch (RuntimeException e) {
            return refuse(file, UserMessages.of(Messages.text("doing.saveLesson"), file, e));
        }
        if (saved.isEmpty()) {
            return refuse(file, Messages.text("files.nothingYet"));
        }
        SavedLesson s = saved.get();
        SavedTraining kept;
        try {
            kept = training == null ? null : LessonState.captureTraining(training).orElse(null);
        } catch (RuntimeException e) {
            return refuse(file, UserMessages.of(Messages.text("doing.saveLesson"), file, e));
        }
        LessonChanges.Content written = changes.content();
        return work(Messages.text("doing.saveLesson"), file, () -> {
            LessonFile.save(file, s, kept);
            recent.add(file);
            return file;
        }, done -> changes.markSaved(written));
    }

    /** The lessons opened or saved most recently, newest first. */
    public List<Path> recentLessons() {
        return recent.list();
    }

    /** Back to the lesson the window opens with: sample clip, default kernel, geometry and display, position 0. */
    public CompletableFuture<Boolean> resetAll() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> new Object[] {DefaultLesson.clip(), DefaultLesson.kernels()}, background)
                .whenComplete((parts, problem) -> fx.execute(() -> {
                    if (problem != null) {
                        lesson.reportError(Messages.text("files.resetFailed", problem.getMessage()));
                        done.complete(false);
                        return;
                    }
                    LessonState.restoreDefault(lesson, (Volume) parts[0], (KernelBank) parts[1]);
                    changes.markSaved(); // the opening lesson again: nothing to lose
                    done.complete(true);
                }));
        return done;
    }

    private KernelBank currentKernels() {
        KernelBank bank = lesson.bankProperty().get();
        return bank != null ? bank : DefaultLesson.kernels();
    }

    private CompletableFuture<Boolean> refuse(Path file, String message) {
        lesson.reportError(message.startsWith(file.toString()) ? message : file + ": " + message);
        return CompletableFuture.completedFuture(false);
    }

    /** A checked step that may fail with any exception. */
    @FunctionalInterface
    interface FileWork<T> {
        T run() throws Exception;
    }

    private <T> CompletableFuture<Boolean> work(String doing, Path file, FileWork<T> io,
            java.util.function.Consumer<T> apply) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            T result;
            try {
                result = io.run();
            } catch (Exception | OutOfMemoryError e) {
                String message = UserMessages.of(doing, file, e);
                fx.execute(() -> {
                    lesson.reportError(message);
                    done.complete(false);
                });
                return;
            }
            fx.execute(() -> {
                try {
                    lesson.dismissError();
                    apply.accept(result);
                    done.complete(true);
                } catch (RuntimeException e) {
                    lesson.reportError(UserMessages.of(doing, file, e));
                    done.complete(false);
                }
            });
        });
        return done;
    }
}
