package app.conv3d.ui.files;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Volume;
import app.conv3d.io.SavedLesson;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Arrays;
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
        return Optional.of(new SavedLesson(clip, c.bank(), c.spec(), c.volume().size(),
                lesson.displayProperty().get(), lesson.kernelIndexProperty().get(), position));
    }

    /** The window's lesson size for {@code size}; empty if the window offers no such size. */
    public static Optional<LessonSize> lessonSize(Axis3 size) {
        return Arrays.stream(LessonSize.values()).filter(s -> s.size().equals(size)).findFirst();
    }

    /** Puts {@code saved} on screen; its lesson size must be one of {@link LessonSize} (see {@link #lessonSize}). */
    public static void restore(Lesson lesson, SavedLesson saved) {
        LessonSize size = lessonSize(saved.lessonSize()).orElseThrow(
                () -> new IllegalArgumentException("no lesson size " + saved.lessonSize()));
        show(lesson, saved.clip(), saved.bank(), saved.spec(), size, saved.display(), saved.kernelIndex(),
                saved.position());
    }

    /** Back to the lesson the window opens with: sample clip, default kernel, geometry and display, position 0. */
    public static void restoreDefault(Lesson lesson, Volume sampleClip, KernelBank defaultKernels) {
        show(lesson, sampleClip, defaultKernels, ConvSpec.VALID, LessonSize.FULL, DEFAULT_DISPLAY, 0,
                new Axis3(0, 0, 0));
    }

    private static void show(Lesson lesson, Volume clip, KernelBank bank, ConvSpec spec, LessonSize size,
            FeatureDisplay display, int kernel, Axis3 position) {
        lesson.reset();
        lesson.stopSlices();
        lesson.dismissError();
        lesson.setDisplay(display);
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
