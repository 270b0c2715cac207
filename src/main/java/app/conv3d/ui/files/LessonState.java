package app.conv3d.ui.files;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Volume;
import app.conv3d.io.LessonView;
import app.conv3d.io.SavedLesson;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.lesson.Speed;
import app.conv3d.io.SavedTraining;
import app.conv3d.ui.train.TrainRun;
import app.conv3d.ui.train.TrainRunData;
import app.conv3d.ui.train.TrainRunModel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ChangeListener;

/**
 * Moves a whole lesson between the window's {@link Lesson} and a {@link SavedLesson}. Runs on the FX
 * thread. The kernel choice and walkthrough position are applied once the restored lesson's features
 * have arrived, since both are only meaningful for that result.
 */
public final class LessonState {
    /** What the window shows before anything is changed, as {@link Lesson} starts. */
    public static final FeatureDisplay DEFAULT_DISPLAY = new FeatureDisplay(Normalization.MAX, Colormap.GRAY);

    private LessonState() {
    }

    /**
     * The lesson as shown: the latest computed result (so geometry, kernels and position belong
     * together) and the source clip.
     *
     * @return empty while nothing has been computed yet
     */
    public static Optional<SavedLesson> capture(Lesson lesson) {
        Computed c = lesson.computedProperty().get();
        Volume clip = lesson.sourceClipProperty().get();
        if (c == null || clip == null) {
            return Optional.empty();
        }
        Axis3 position = lesson.positions().at(lesson.positionProperty().get());
        LessonView view = new LessonView(lesson.showAllProperty().get(), lesson.stepSizeProperty().get(),
                lesson.speedProperty().get().name().toLowerCase(Locale.ROOT), lesson.mathFrameProperty().get(),
                lesson.mathChannelProperty().get(), lesson.viewSliceProperty().get());
        return Optional.of(new SavedLesson(clip, c.bank(), c.spec(), c.volume().size(),
                lesson.displayProperty().get(), lesson.kernelIndexProperty().get(), position, view));
    }

    /**
     * What the Train mode keeps in a lesson: its clips and options, and the model trained on those clips with its
     * curves; empty when it has no clips (never opened, or nothing made or recorded).
     */
    public static Optional<SavedTraining> captureTraining(TrainRunModel training) {
        TrainRunData data = training.dataProperty().get();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        Optional<TrainRun> run = training.runOnTheseClips();
        return Optional.of(new SavedTraining(data.classes(), data.clips(),
                run.map(TrainRun::options).orElse(training.optionsProperty().get()),
                run.map(TrainRun::model).orElse(null), run.map(TrainRun::curves).orElse(List.of())));
    }

    /** A lesson's training back in the Train mode; a lesson without one leaves the Train mode as it is. */
    public static void restoreTraining(TrainRunModel training, Optional<SavedTraining> saved) {
        saved.ifPresent(t -> training.restore(new TrainRunData(t.classes(), t.clips()), t.options(), t.model(),
                t.curves()));
    }

    /** The window's speed called {@code name}; normal for a name it does not know (a later app's). */
    static Speed speed(String name) {
        return Arrays.stream(Speed.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElse(Speed.NORMAL);
    }

    /** The window's lesson size for {@code size}; empty if the window offers no such size. */
    public static Optional<LessonSize> lessonSize(Axis3 size) {
        return Arrays.stream(LessonSize.values()).filter(s -> s.size().equals(size)).findFirst();
    }

    /** {@code saved} when the window offers its lesson size; else one line naming {@code file}. */
    public static SavedLesson requireOfferedSize(java.nio.file.Path file, SavedLesson saved)
            throws app.conv3d.io.BadInputException {
        if (lessonSize(saved.lessonSize()).isEmpty()) {
            throw new app.conv3d.io.BadInputException(file, Messages.text("files.unknownSize", saved.lessonSize(),
                    java.util.List.of(LessonSize.values())));
        }
        return saved;
    }

    /** Puts {@code saved} on screen; its lesson size must be one of {@link LessonSize} (see {@link #lessonSize}). */
    public static void restore(Lesson lesson, SavedLesson saved) {
        LessonSize size = lessonSize(saved.lessonSize()).orElseThrow(
                () -> new IllegalArgumentException("no lesson size " + saved.lessonSize()));
        show(lesson, saved.clip(), saved.bank(), saved.spec(), size, saved.display(), saved.kernelIndex(),
                saved.position(), saved.view());
    }

    /** Back to the lesson the window opens with: sample clip, default kernel, geometry and display, position 0. */
    public static void restoreDefault(Lesson lesson, Volume sampleClip, KernelBank defaultKernels) {
        show(lesson, sampleClip, defaultKernels, ConvSpec.VALID, LessonSize.FULL, DEFAULT_DISPLAY, 0,
                new Axis3(0, 0, 0), LessonView.DEFAULT);
    }

    private static void show(Lesson lesson, Volume clip, KernelBank bank, ConvSpec spec, LessonSize size,
            FeatureDisplay display, int kernel, Axis3 position, LessonView view) {
        lesson.reset();
        lesson.stopSlices();
        lesson.dismissError();
        lesson.setDisplay(display);
        lesson.setShowAll(view.showAll());
        lesson.setStepSize(view.stepSize());
        lesson.setSpeed(speed(view.speed()));
        // Listen before loading: with a synchronous executor the result arrives inside load().
        ChangeListener<Computed> arrived = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Computed> obs, Computed old,
                    Computed now) {
                if (now != null && now.bank() == bank && now.spec().equals(spec)
                        && now.volume().size().equals(size.size())) {
                    lesson.computedProperty().removeListener(this);
                    lesson.selectKernel(kernel);
                    lesson.moveTo(position.t(), position.h(), position.w());
                    lesson.selectMathFrame(view.mathFrame());
                    lesson.selectMathChannel(view.mathChannel());
                    lesson.showSlice(view.slice());
                }
            }
        };
        lesson.computedProperty().addListener(arrived);
        // Geometry and size first (their recomputes are superseded, newest wins), the clip and kernels last.
        lesson.setLessonSize(size);
        lesson.setSpec(spec);
        lesson.load(clip, bank);
    }
}
