package app.conv3d.ui.train;

import app.conv3d.capture.TestPatternAct;
import app.conv3d.train.GestureNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the virtual camera acts when recording for each class, so every class of a rehearsal looks different: the
 * side its name says (right, left), else its place in a mirror pair, else "still" for a name that says so, else
 * the first act no other class has.
 */
final class ClassActs {
    private static final TestPatternAct[] SPARE = {TestPatternAct.RIGHT, TestPatternAct.LEFT, TestPatternAct.STILL,
            TestPatternAct.WAVE};

    private ClassActs() {
    }

    /** One act per name; {@code partner[i]} is class i's mirror or -1. */
    static List<TestPatternAct> of(List<String> names, int[] partner) {
        TestPatternAct[] acts = new TestPatternAct[names.size()];
        for (int i = 0; i < acts.length; i++) {
            int side = GestureNames.side(names.get(i));
            if (side != 0) {
                acts[i] = side > 0 ? TestPatternAct.RIGHT : TestPatternAct.LEFT;
            } else if (partner[i] >= 0) {
                acts[i] = partner[i] > i ? TestPatternAct.RIGHT : TestPatternAct.LEFT;
            } else if (GestureNames.saysStill(names.get(i))) {
                acts[i] = TestPatternAct.STILL;
            }
        }
        List<TestPatternAct> taken = new ArrayList<>(Arrays.asList(acts));
        for (int i = 0; i < acts.length; i++) {
            if (acts[i] == null) {
                for (TestPatternAct spare : SPARE) {
                    if (!taken.contains(spare)) {
                        acts[i] = spare;
                        taken.set(i, spare);
                        break;
                    }
                }
                if (acts[i] == null) { // two classes say the same side: both act it, the rest wave
                    acts[i] = TestPatternAct.WAVE;
                }
            }
        }
        return List.of(acts);
    }
}
