package app.conv3d.ui.train;

import app.conv3d.core.Axis3;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.MotionClips;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The rehearsal set: synthetic gestures (a textured blob waving right, waving left, or standing still, from
 * {@link MotionClips}) so a teacher can run the whole lesson without a camera. Same count and seed, same clips.
 */
public final class TrainRunPractice {
    /**
     * Clips per gesture the Train mode offers first: 36 train and 12 are held out. With 18 training clips a gesture the
     * held-out share swung from 44 % to 72 % with nothing but the order of the clips changed; with 36 it was 89 %
     * (40 epochs, about half a second an epoch).
     */
    public static final int DEFAULT_PER_CLASS = 48;
    public static final int MAX_PER_CLASS = 60;
    /** Training clips are at most this many pixels on a side: the lesson's frames, small enough to train in seconds. */
    public static final int MAX_SIDE = 32;
    private static final MotionClips.Motion[] MOTIONS = {MotionClips.Motion.RIGHT, MotionClips.Motion.LEFT,
            MotionClips.Motion.STILL};

    private TrainRunPractice() {
    }

    /** The size clips are trained at for a lesson of {@code lessonSize}: its frames, at most MAX_SIDE a side. */
    public static Axis3 clipSize(Axis3 lessonSize) {
        return new Axis3(lessonSize.t(), Math.min(MAX_SIDE, lessonSize.h()), Math.min(MAX_SIDE, lessonSize.w()));
    }

    /** {@code perClass} clips of each gesture at {@code size}, the classes interleaved (right, left, still, right...). */
    public static TrainRunData make(int perClass, Axis3 size, long seed) {
        if (perClass < 1 || perClass > MAX_PER_CLASS) {
            throw new IllegalArgumentException("clips per class must be 1.." + MAX_PER_CLASS + ", got " + perClass);
        }
        MotionClips source = new MotionClips(seed);
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int c = 0; c < MOTIONS.length; c++) {
                clips.add(new LabeledClip(source.next(MOTIONS[c], size.t(), size.h(), size.w()), c));
            }
        }
        // the training set's own default names, so practice clips land in its default classes
        List<String> classes = List.of(Messages.text("trainingSet.class.waveRight"),
                Messages.text("trainingSet.class.waveLeft"), Messages.text("trainingSet.class.still"));
        return new TrainRunData(classes, clips);
    }
}
