package app.conv3d.ui.train;

import app.conv3d.train.ClipClassifier;
import app.conv3d.train.LabeledClip;
import java.util.ArrayList;
import java.util.List;

/**
 * Which class the model gave each clip, against the class it has: one cell per (actual, predicted) pair holding
 * the indices of its clips (into {@link TrainRunData#clips()}), so the view can show each clip's picture in its
 * cell and the mistakes off the diagonal. Immutable.
 */
public final class ConfusionMatrix {
    private final List<String> classes;
    /** cells.get(actual * C + predicted): clip indices. */
    private final List<List<Integer>> cells;

    private ConfusionMatrix(List<String> classes, List<List<Integer>> cells) {
        this.classes = List.copyOf(classes);
        this.cells = cells.stream().map(List::copyOf).toList();
    }

    /** The model's answers on the clips of {@code data} at {@code indices}. */
    public static ConfusionMatrix of(ClipClassifier model, TrainRunData data, List<Integer> indices) {
        int c = data.classes().size();
        List<List<Integer>> cells = new ArrayList<>();
        for (int i = 0; i < c * c; i++) {
            cells.add(new ArrayList<>());
        }
        for (int i : indices) {
            LabeledClip clip = data.clips().get(i);
            int predicted = TrainRunMeasure.predicted(model.probabilities(clip.clip()));
            cells.get(clip.label() * c + predicted).add(i);
        }
        return new ConfusionMatrix(data.classes(), cells);
    }

    public List<String> classes() {
        return classes;
    }

    /** The clips of class {@code actual} the model called {@code predicted}. */
    public List<Integer> clips(int actual, int predicted) {
        return cells.get(actual * classes.size() + predicted);
    }

    public int count(int actual, int predicted) {
        return clips(actual, predicted).size();
    }

    public int total() {
        return cells.stream().mapToInt(List::size).sum();
    }

    /** The share on the diagonal; 0 for no clips. */
    public double accuracy() {
        int right = 0;
        for (int j = 0; j < classes.size(); j++) {
            right += count(j, j);
        }
        return total() == 0 ? 0 : (double) right / total();
    }
}
