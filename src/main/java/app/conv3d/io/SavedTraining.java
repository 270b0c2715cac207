package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Volume;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.TrainingOptions;
import java.util.List;
import java.util.Objects;

/**
 * What a lesson keeps of the Train mode: the class names, the clips with their classes (all of one size), the options
 * the model was trained with (their seed decides the held-out split), and the model with its learning curves, or no
 * model (null, no curves) when the class has recorded clips but not trained yet. Checked here, so what can be built
 * can be saved and opened again.
 */
public record SavedTraining(List<String> classes, List<LabeledClip> clips, TrainingOptions options,
        ClipClassifier model, List<CurvePoint> curves) {
    /** Clips a lesson keeps at most (a class of 30 records a few dozen). */
    public static final int MAX_CLIPS = 2000;
    public static final int MAX_CLASSES = 16;

    /** @throws InvalidSpecException naming the first inconsistency */
    public SavedTraining {
        classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
        clips = List.copyOf(Objects.requireNonNull(clips, "clips"));
        Objects.requireNonNull(options, "options");
        curves = List.copyOf(Objects.requireNonNull(curves, "curves"));
        if (classes.isEmpty() || classes.size() > MAX_CLASSES) {
            throw new InvalidSpecException(IoTexts.text("training.classCount", MAX_CLASSES, classes.size()));
        }
        if (clips.size() > MAX_CLIPS) {
            throw new InvalidSpecException(IoTexts.text("training.clipCount", clips.size(), MAX_CLIPS));
        }
        Volume first = clips.isEmpty() ? null : clips.get(0).clip();
        for (int i = 0; i < clips.size(); i++) {
            LabeledClip c = clips.get(i);
            if (c.label() < 0 || c.label() >= classes.size()) {
                throw new InvalidSpecException(IoTexts.text("training.label", i, c.label(),
                        classes.size()));
            }
            if (!c.clip().size().equals(first.size()) || c.clip().channels() != first.channels()) {
                throw new InvalidSpecException(IoTexts.text("training.clipSize", i, c.clip().size(),
                        first.size()));
            }
        }
        if (model == null && !curves.isEmpty()) {
            throw new InvalidSpecException(IoTexts.text("training.curvesWithoutModel"));
        }
        if (model != null && !model.classes().equals(classes)) {
            throw new InvalidSpecException(IoTexts.text("training.modelClasses", model.classes(),
                    classes));
        }
    }
}
