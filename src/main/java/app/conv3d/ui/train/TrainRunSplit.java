package app.conv3d.ui.train;

import app.conv3d.core.NumpyRandom;
import app.conv3d.train.LabeledClip;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which clips train and which are held out to measure the model on clips it never saw. Stratified (each class
 * gives the same share, so a class cannot vanish from the held-out set) and deterministic (the seed shuffles
 * each class's clips; the same data and seed give the same split, so 2D and 3D are judged on the same clips).
 * A class with one clip only trains. Indices refer to {@link TrainRunData#clips()}, in ascending order.
 */
public record TrainRunSplit(List<Integer> train, List<Integer> heldOut) {
    /** A quarter of each class is held out. */
    public static final double HELD_OUT_SHARE = 0.25;

    public TrainRunSplit {
        train = List.copyOf(train);
        heldOut = List.copyOf(heldOut);
    }

    public static TrainRunSplit of(TrainRunData data, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int c = 0; c < data.classes().size(); c++) {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < data.clips().size(); i++) {
                if (data.clips().get(i).label() == c) {
                    mine.add(i);
                }
            }
            for (int i = mine.size() - 1; i > 0; i--) { // Fisher-Yates on the seeded generator
                int j = (int) (random.nextDouble() * (i + 1));
                Collections.swap(mine, i, j);
            }
            int out = mine.size() < 2 ? 0 : Math.max(1, (int) Math.round(mine.size() * HELD_OUT_SHARE));
            held.addAll(mine.subList(0, out));
            train.addAll(mine.subList(out, mine.size()));
        }
        Collections.sort(train);
        Collections.sort(held);
        return new TrainRunSplit(train, held);
    }

    public List<LabeledClip> trainClips(TrainRunData data) {
        return pick(data, train);
    }

    public List<LabeledClip> heldOutClips(TrainRunData data) {
        return pick(data, heldOut);
    }

    private static List<LabeledClip> pick(TrainRunData data, List<Integer> indices) {
        List<LabeledClip> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(data.clips().get(i));
        }
        return out;
    }
}
