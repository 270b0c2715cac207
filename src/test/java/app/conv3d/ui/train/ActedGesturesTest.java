package app.conv3d.ui.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.TestPatternAct;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.Trainer;
import app.conv3d.train.TrainingOptions;
import org.junit.jupiter.api.Test;

/**
 * A rehearsal without a webcam works: eight clips per class the virtual camera acted for "wave right", "wave left"
 * and "still", through the training set (resized to the training size) with every augmentation, teach the default
 * model (30 epochs, seed 0) to tell apart clips recorded at other moments. (Slower crossings, 1.5 and 2.7 pixels a
 * frame, stayed near 0.6 and 0.75: the hand is a smooth shape of about the wall's brightness.)
 */
class ActedGesturesTest {
    @Test
    void theDefaultModelLearnsTheActedGestures() {
        TrainingSetModel set = new TrainingSetModel(TrainingSetModel.TRAINING_SIZE, Runnable::run, Runnable::run);
        TrainingSetModel held = new TrainingSetModel(TrainingSetModel.TRAINING_SIZE, Runnable::run, Runnable::run);
        for (int c = 0; c < 3; c++) {
            TestPatternAct act = set.act(c);
            for (int k = 0; k < 8; k++) {
                set.addClip(c, TrainingSetScreenshotTest.acted(act, 0.37 * k));
            }
            for (int k = 0; k < 4; k++) {
                held.addClip(c, TrainingSetScreenshotTest.acted(act, 0.21 + 0.53 * k));
            }
        }
        set.mirrorProperty().set(true);
        set.shiftProperty().set(true);
        set.brightnessProperty().set(true);
        Trainer trainer = new Trainer(set.classes(), set.trainingClips(), TrainingOptions.DEFAULT);
        for (int e = 0; e < TrainingOptions.DEFAULT.epochs(); e++) {
            trainer.epoch();
        }
        ClipClassifier model = trainer.model();
        double accuracy = Trainer.accuracy(model, held.clips());
        assertTrue(accuracy >= 0.9, "held-out accuracy " + accuracy);
    }
}
