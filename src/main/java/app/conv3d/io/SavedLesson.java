package app.conv3d.io;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.Objects;

/**
 * Everything needed to put a lesson back on screen as it was: the source clip (before it is fitted to
 * the lesson size), the kernels with their biases, the convolution's geometry, the lesson size
 * (frames/rows/columns the clip is fitted to), how features are shown, the selected kernel and the
 * walkthrough's output position (t, y, x), and the rest of how the window was looking at it ({@link LessonView}).
 * Consistency is checked here, so a lesson that can be built can be saved and opened again.
 */
public record SavedLesson(Volume clip, KernelBank bank, ConvSpec spec, Axis3 lessonSize, FeatureDisplay display,
        int kernelIndex, Axis3 position, LessonView view) {

    /** Frames of a lesson at most; rows and columns at most {@link #MAX_LESSON_SIDE}. */
    public static final int MAX_LESSON_FRAMES = 256;
    public static final int MAX_LESSON_SIDE = 2048;

    /** @throws InvalidSpecException naming the first inconsistency */
    public SavedLesson {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(lessonSize, "lessonSize");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(view, "view");
        if (clip.channels() != 1 && clip.channels() != 3) {
            throw new InvalidSpecException(IoTexts.text("saved.channels", clip.channels()));
        }
        if ((long) clip.frames() * clip.height() * clip.width() * clip.channels() > ClipReader.MAX_VALUES) {
            throw new InvalidSpecException(IoTexts.text("saved.clipTooLarge", clip.size(), clip.channels()));
        }
        for (float v : clip.data()) {
            if (!(v >= 0 && v <= 255)) {
                throw new InvalidSpecException(IoTexts.text("saved.range", v));
            }
        }
        if (bank.channels() != clip.channels()) {
            throw new InvalidSpecException(IoTexts.text("saved.kernelChannels", bank.channels(), clip.channels()));
        }
        if (lessonSize.t() < 1 || lessonSize.t() > MAX_LESSON_FRAMES || lessonSize.h() < 1
                || lessonSize.h() > MAX_LESSON_SIDE || lessonSize.w() < 1 || lessonSize.w() > MAX_LESSON_SIDE) {
            throw new InvalidSpecException(IoTexts.text("saved.lessonSize", lessonSize, MAX_LESSON_FRAMES,
                    MAX_LESSON_SIDE));
        }
        if (kernelIndex < 0 || kernelIndex >= bank.count()) {
            throw new InvalidSpecException(IoTexts.text("saved.kernelIndex", kernelIndex, bank.count()));
        }
        Axis3 output = output(spec, lessonSize, bank);
        checkPosition(position, output);
        if (view.mathFrame() >= bank.size().t() || view.mathChannel() >= clip.channels()
                || view.slice() >= (output == null ? 1 : output.t())) {
            throw new InvalidSpecException(IoTexts.text("saved.view", view.mathFrame(), view.mathChannel(),
                    view.slice()));
        }
    }

    /** A lesson looked at as the window starts ({@link LessonView#DEFAULT}). */
    public SavedLesson(Volume clip, KernelBank bank, ConvSpec spec, Axis3 lessonSize, FeatureDisplay display,
            int kernelIndex, Axis3 position) {
        this(clip, bank, spec, lessonSize, display, kernelIndex, position, LessonView.DEFAULT);
    }

    /**
     * The output size per kernel, or null when this geometry gives no output at this size: a lesson may
     * be saved while it shows that error, so that is no reason to refuse the file.
     */
    private static Axis3 output(ConvSpec spec, Axis3 lessonSize, KernelBank bank) {
        try {
            return spec.shape(lessonSize, bank.size()).output();
        } catch (InvalidSpecException e) {
            return null;
        }
    }

    private static void checkPosition(Axis3 position, Axis3 output) {
        for (int axis = 0; axis < 3; axis++) {
            int p = position.get(axis);
            int limit = output == null ? 0 : output.get(axis);
            if (p < 0 || (output != null && p >= limit) || (output == null && p != 0)) {
                throw new InvalidSpecException(output == null
                        ? IoTexts.text("saved.positionNoOutput", position)
                        : IoTexts.text("saved.position", position, output));
            }
        }
    }
}
