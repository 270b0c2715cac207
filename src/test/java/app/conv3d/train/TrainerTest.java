package app.conv3d.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.train.MotionClips.Motion;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final List<String> NAMES = List.of("right", "left");

    private static List<LabeledClip> twoClips() {
        MotionClips source = new MotionClips(4);
        return List.of(new LabeledClip(source.next(Motion.RIGHT, 8, 12, 12), 0),
                new LabeledClip(source.next(Motion.LEFT, 8, 12, 12), 1));
    }

    @Test
    void anInterruptedTrainerStopsBeforeItsNextBatchAndKeepsItsModel() {
        Trainer trainer = new Trainer(NAMES, twoClips(), TrainingOptions.DEFAULT.withKernelSize(
                new app.conv3d.core.Axis3(3, 3, 3)));
        ClipClassifier before = trainer.model();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, trainer::epoch);
        } finally {
            Thread.interrupted();
        }
        assertEquals(before, trainer.model());
        assertEquals(0, trainer.epochsDone());
    }

    @Test
    void aClassWithoutClipsIsNamed() {
        List<LabeledClip> clips = List.of(twoClips().get(0));
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> new Trainer(NAMES, clips, TrainingOptions.DEFAULT));
        assertTrue(e.getMessage().contains("'left'"), e.getMessage());
    }

    @Test
    void theBankForRawClipsGivesTheTrainedKernelsFeatures() {
        LabeledClip clip = twoClips().get(0);
        ClipClassifier model = new Trainer(NAMES, twoClips(), TrainingOptions.DEFAULT.withKernelSize(
                new app.conv3d.core.Axis3(3, 3, 3))).model();
        FeatureVolume trained = Conv3d.apply(ClipClassifier.scaled(clip.clip()), model.bank(), ConvSpec.VALID);
        FeatureVolume raw = Conv3d.apply(clip.clip(), model.bankForRawClips(), ConvSpec.VALID);
        for (int i = 0; i < raw.data().length; i++) {
            assertEquals(trained.data()[i], raw.data()[i], 1e-4 + 1e-4 * Math.abs(trained.data()[i]));
        }
    }
}
