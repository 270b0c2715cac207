package app.conv3d.ui.train;

import app.conv3d.train.LabeledClip;
import java.util.List;
import java.util.Objects;

/**
 * What the class trains on: the class names and the clips, each with the index of its class. The practice set
 * and (once merged) the class's own recordings both arrive as one of these. Immutable.
 */
public record TrainRunData(List<String> classes, List<LabeledClip> clips) {
    public static final TrainRunData NONE = new TrainRunData(List.of(), List.of());

    public TrainRunData {
        classes = List.copyOf(Objects.requireNonNull(classes));
        clips = List.copyOf(Objects.requireNonNull(clips));
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
