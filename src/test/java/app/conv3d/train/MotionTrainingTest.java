package app.conv3d.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.train.MotionClips.Motion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bar on synthetic gestures: 3D kernels learn which way a blob moves (held-out clips from another
 * seed); 2D kernels, one frame deep, cannot tell right from left however long they train.
 */
class MotionTrainingTest {
    private static final int FRAMES = 16;
    private static final int SIZE = 32;
    private static final int TRAIN_PER_CLASS = 60;
    private static final int TEST_PER_CLASS = 30;

    static List<LabeledClip> clips(List<Motion> motions, int perClass, long seed) {
        MotionClips source = new MotionClips(seed);
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int label = 0; label < motions.size(); label++) {
                clips.add(new LabeledClip(source.next(motions.get(label), FRAMES, SIZE, SIZE), label));
            }
        }
        return clips;
    }

    private static Trainer trained(List<Motion> motions, TrainingOptions options) {
        Trainer trainer = new Trainer(motions.stream().map(Motion::label).toList(),
                clips(motions, TRAIN_PER_CLASS, 1), options);
        for (int e = 0; e < options.epochs(); e++) {
            trainer.epoch();
        }
        return trainer;
    }

    @Test
    void threeDimensionalKernelsTellRightLeftAndStillApart() {
        List<Motion> motions = List.of(Motion.RIGHT, Motion.LEFT, Motion.STILL);
        Trainer trainer = trained(motions, TrainingOptions.DEFAULT);
        double heldOut = Trainer.accuracy(trainer.model(), clips(motions, TEST_PER_CLASS, 2));
        assertTrue(heldOut >= 0.95, "held-out accuracy " + heldOut);
    }

    @Test
    void oneFrameDeepKernelsCannotTellRightFromLeft() {
        List<Motion> motions = List.of(Motion.RIGHT, Motion.LEFT);
        Trainer trainer = trained(motions, TrainingOptions.DEFAULT.withKernelSize(new Axis3(1, 5, 5)));
        double heldOut = Trainer.accuracy(trainer.model(), clips(motions, TEST_PER_CLASS, 2));
        assertTrue(heldOut < 0.70, "held-out accuracy " + heldOut);
    }

    @Test
    void aSeedGivesTheSameModelEveryTime() {
        List<Motion> motions = List.of(Motion.RIGHT, Motion.LEFT);
        TrainingOptions options = TrainingOptions.DEFAULT.withEpochs(2);
        ClipClassifier first = trained(motions, options).model();
        ClipClassifier second = trained(motions, options).model();
        assertEquals(first.bank(), second.bank());
        assertTrue(java.util.Arrays.equals(first.weights(), second.weights()));
        ClipClassifier otherSeed = trained(motions, options.withSeed(1)).model();
        assertTrue(!otherSeed.bank().equals(first.bank()));
    }
}
