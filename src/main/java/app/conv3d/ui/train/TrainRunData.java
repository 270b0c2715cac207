package app.conv3d.ui.train;

import app.conv3d.train.LabeledClip;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the class trains on: the class names and the clips, each with the index of its class, and the copies to add
 * to the training clips ({@code augment}: mirrored, shifted, brighter). The copies are made after the held-out split
 * and only of the clips trained on, so no copy of a training clip is ever held out. Immutable.
 */
public record TrainRunData(List<String> classes, List<LabeledClip> clips, UnaryOperator<List<LabeledClip>> augment) {
    public static final TrainRunData NONE = new TrainRunData(List.of(), List.of());

    public TrainRunData {
        classes = List.copyOf(Objects.requireNonNull(classes));
        clips = List.copyOf(Objects.requireNonNull(clips));
        Objects.requireNonNull(augment);
    }

    /** Clips trained as they are, no copies added. */
    public TrainRunData(List<String> classes, List<LabeledClip> clips) {
        this(classes, clips, UnaryOperator.identity());
    }

    public boolean isEmpty() {
        return clips.isEmpty();
    }

    /** How many clips class {@code c} has. */
    public int count(int c) {
        int n = 0;
        for (LabeledClip clip : clips) {
            if (clip.label() == c) {
                n++;
            }
        }
        return n;
    }
}
