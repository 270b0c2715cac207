package app.conv3d.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.MotionClips;
import app.conv3d.train.MotionClips.Motion;
import app.conv3d.train.TrainingOptions;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The Train mode's model without a toolkit: training runs on a direct executor, so every command finishes at once. */
class TrainRunModelTest {
    private static final Executor NOW = Runnable::run;
    private static final TrainingOptions SMALL = new TrainingOptions(2, Axis3.all(3), 3, 4, 0.02, 5);

    /** {@code perClass} clips each of right, left (and still), 8x12x12, interleaved. */
    static TrainRunData gestures(int perClass, boolean still) {
        MotionClips source = new MotionClips(3);
        List<Motion> motions = still ? List.of(Motion.RIGHT, Motion.LEFT, Motion.STILL) : List.of(Motion.RIGHT, Motion.LEFT);
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int c = 0; c < motions.size(); c++) {
                clips.add(new LabeledClip(source.next(motions.get(c), 8, 12, 12), c));
            }
        }
        return new TrainRunData(motions.stream().map(Motion::label).toList(), clips);
    }

    private static TrainRunModel model(TrainRunData data) {
        TrainRunModel m = new TrainRunModel(NOW, NOW);
        m.setOptions(SMALL);
        m.setData(data);
        return m;
    }

    @Test
    void theSplitHoldsOutAQuarterOfEveryClassTheSameWayForTheSameSeed() {
        TrainRunData data = gestures(8, true);
        TrainRunSplit split = TrainRunSplit.of(data, 4);
        assertEquals(split, TrainRunSplit.of(data, 4));
        Set<Integer> all = new HashSet<>(split.train());
        all.addAll(split.heldOut());
        assertEquals(data.clips().size(), all.size(), "every clip once, in one part or the other");
        for (int c = 0; c < 3; c++) {
            int cls = c;
            assertEquals(2, split.heldOut().stream().filter(i -> data.clips().get(i).label() == cls).count(),
                    "a quarter of class " + c);
        }
        assertTrue(!split.equals(TrainRunSplit.of(data, 5)), "another seed, another split");
    }

    @Test
    void copiesAreMadeOfTheTrainingClipsOnlyAfterTheSplit() {
        TrainRunData plain = gestures(8, true);
        List<List<LabeledClip>> asked = new ArrayList<>();
        TrainRunData data = new TrainRunData(plain.classes(), plain.clips(), clips -> {
            asked.add(clips);
            List<LabeledClip> more = new ArrayList<>(clips);
            more.addAll(clips);
            return more;
        });
        TrainRunModel m = model(data);
        m.train();
        TrainRunSplit split = TrainRunSplit.of(data, SMALL.seed());
        assertEquals(1, asked.size(), "one training, one set of copies");
        assertEquals(split.trainClips(data), asked.get(0), "only the clips trained on are copied");
        for (LabeledClip held : split.heldOutClips(data)) {
            assertFalse(asked.get(0).contains(held), "no held-out clip is copied into training");
        }
    }

    @Test
    void aClassOfOneClipOnlyTrains() {
        TrainRunData data = new TrainRunData(List.of("a", "b"), List.of(gestures(3, false).clips().get(0),
                gestures(3, false).clips().get(1), gestures(3, false).clips().get(3)));
        TrainRunSplit split = TrainRunSplit.of(data, 0);
        assertEquals(1, split.heldOut().size(), "class b (two clips) gives one, class a (one clip) none");
        assertEquals(1, data.clips().get(split.heldOut().get(0)).label());
    }

    @Test
    void everyEpochGivesAPointOnTheCurvesTheKernelsAndTheFeaturesAndTheEndAConfusionMatrix() {
        TrainRunModel m = model(gestures(4, true));
        List<TrainRun> seen = new ArrayList<>();
        m.runProperty().addListener((obs, old, now) -> seen.add(now));
        m.train();
        assertFalse(m.trainingProperty().get());
        assertEquals(4, seen.size(), "three epochs, then the finished run");
        for (int e = 0; e < 3; e++) {
            TrainRun r = seen.get(e);
            assertEquals(e + 1, r.curves().size());
            CurvePoint p = r.last();
            assertEquals(e + 1, p.epoch());
            assertTrue(p.hasHeldOut(), "held-out loss and accuracy every epoch");
            assertTrue(p.heldOutLoss() > 0 && p.trainLoss() > 0);
            assertNull(r.confusion(), "no matrix before the end");
            assertEquals(2, r.features().kernels());
            assertEquals(new Axis3(6, 10, 10), r.features().size(), "valid 3x3x3 on 8x12x12");
        }
        TrainRun done = m.runProperty().get();
        assertTrue(done.finished());
        assertEquals(1.0, m.progressProperty().get());
        ConfusionMatrix cm = done.confusion();
        assertEquals(m.splitProperty().get().heldOut().size(), cm.total());
        List<Integer> inCells = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                for (int i : cm.clips(a, p)) {
                    assertEquals(a, m.dataProperty().get().clips().get(i).label(), "row = the clip's own class");
                    inCells.add(i);
                }
            }
        }
        inCells.sort(null);
        assertEquals(m.splitProperty().get().heldOut(), inCells, "each held-out clip in one cell, by its index");
        assertEquals(done.last().heldOutAccuracy(), cm.accuracy(), 1e-12, "the matrix agrees with the curve");
        assertSame(done, m.watchedProperty().get());
        assertEquals(done.model().bankForRawClips().get(0).bias(), done.rawBank().get(0).bias(), 0f,
                "the lab gets the kernels for clips in 0..255");
    }

    @Test
    void theSameSeedTrainsTheSameCurves() {
        TrainRunModel a = model(gestures(3, false));
        TrainRunModel b = model(gestures(3, false));
        a.train();
        b.train();
        assertEquals(a.runProperty().get().curves(), b.runProperty().get().curves());
    }

    @Test
    void cancelStopsBetweenEpochsKeepsTheCurvesSoFarAndLeavesTheThreadUninterrupted() {
        TrainRunModel m = model(gestures(3, false));
        m.setEpochs(20);
        m.runProperty().addListener((obs, old, now) -> {
            if (now != null && now.curves().size() == 2) {
                m.cancel();
            }
        });
        m.train();
        assertFalse(m.trainingProperty().get());
        assertEquals(2, m.runProperty().get().curves().size());
        assertFalse(m.runProperty().get().finished());
        assertEquals(Messages.text("train.status.cancelled"), m.messageProperty().get());
        assertFalse(Thread.currentThread().isInterrupted(), "the executor's thread goes on clean");
    }

    @Test
    void cancelOnAQueuedTrainingRunsNothing() {
        List<Runnable> queued = new ArrayList<>();
        TrainRunModel m = new TrainRunModel(queued::add, NOW);
        m.setOptions(SMALL);
        m.setData(gestures(3, false));
        m.train();
        assertTrue(m.trainingProperty().get());
        m.cancel();
        queued.forEach(Runnable::run);
        assertFalse(m.trainingProperty().get());
        assertNull(m.runProperty().get());
    }

    @Test
    void compareWith2dTrainsTheSameModelOneFrameDeepOnTheSameClipsAndSeed() {
        TrainRunModel m = model(gestures(4, false));
        m.compareWith2d();
        TrainRun threeD = m.runProperty().get();
        TrainRun flat = m.comparisonProperty().get();
        assertNotNull(threeD, "one click trains the 3D model first when there is none");
        assertTrue(threeD.finished() && flat.finished());
        assertEquals(Axis3.all(3), threeD.options().kernelSize());
        assertEquals(new Axis3(1, 3, 3), flat.options().kernelSize(), "kt = 1, the same rows and columns");
        assertEquals(threeD.options().withKernelSize(flat.options().kernelSize()), flat.options(),
                "everything else the same: kernels, epochs, batch, rate, seed");
        assertEquals(threeD.confusion().total(), flat.confusion().total(), "judged on the same held-out clips");
        assertEquals(1, flat.features().kernels() == 2 ? 1 : 0);
        assertEquals(8, flat.features().frames(), "one frame deep: every frame has an output");

        m.compareWith2d();
        assertSame(threeD, m.runProperty().get(), "a 3D model of these clips and options is not trained again");
        assertNotNull(m.comparisonProperty().get());
    }

    @Test
    void trainingAgainClearsTheOldComparison() {
        TrainRunModel m = model(gestures(3, false));
        m.compareWith2d();
        m.train();
        assertNull(m.comparisonProperty().get());
    }

    @Test
    void choosingAClipShowsItsFeatures() {
        TrainRunModel m = model(gestures(3, false));
        m.train();
        int other = m.splitProperty().get().train().get(0);
        m.chooseFeatureClip(other);
        TrainRun r = m.watchedProperty().get();
        assertEquals(other, r.featureClip());
        assertEquals(app.conv3d.core.Conv3d.apply(m.dataProperty().get().clips().get(other).clip(), r.rawBank(),
                TrainRunModel.NETWORK_SPEC).data()[5], r.features().data()[5], 0f);
        assertSame(r, m.runProperty().get());
    }

    @Test
    void noDataOrBadOptionsGiveAMessageNotACrash() {
        TrainRunModel m = new TrainRunModel(NOW, NOW);
        m.train();
        assertEquals(Messages.text("train.status.noData"), m.messageProperty().get());
        m.setData(gestures(3, false));
        m.setKernelSize(new Axis3(9, 3, 3)); // deeper than the 8-frame clips
        m.train();
        assertFalse(m.trainingProperty().get());
        assertTrue(m.messageProperty().get().startsWith(Messages.text("train.status.problem", "").strip()),
                m.messageProperty().get());
    }

    @Test
    void aRestoredModelComesBackWithItsCurvesAndAMatrix() {
        TrainRunModel trained = model(gestures(3, false));
        trained.train();
        TrainRun r = trained.runProperty().get();
        TrainRunModel m = new TrainRunModel(NOW, NOW);
        m.restore(trained.dataProperty().get(), r.options(), r.model(), r.curves());
        assertEquals(r.curves(), m.runProperty().get().curves());
        assertEquals(r.confusion().accuracy(), m.runProperty().get().confusion().accuracy(), 1e-12);
        assertEquals(r.options(), m.optionsProperty().get());
        assertEquals(trained.splitProperty().get(), m.splitProperty().get(), "the saved seed, the same held-out clips");
        ClipClassifier none = null;
        m.restore(trained.dataProperty().get(), SMALL, none, List.of());
        assertNull(m.runProperty().get());
        assertEquals(trained.dataProperty().get(), m.dataProperty().get());
    }

    @Test
    void thePracticeSetIsThreeGesturesAtTheLessonsFramesAndAtMost32Pixels() {
        Axis3 size = TrainRunPractice.clipSize(new Axis3(16, 256, 256));
        assertEquals(new Axis3(16, 32, 32), size);
        assertEquals(new Axis3(8, 12, 12), TrainRunPractice.clipSize(new Axis3(8, 12, 12)));
        TrainRunData d = TrainRunPractice.make(2, new Axis3(8, 12, 12), 1);
        assertEquals(3, d.classes().size());
        assertEquals(6, d.clips().size());
        assertEquals(2, d.count(2));
        assertEquals(d.clips().get(4).clip().size(), TrainRunPractice.make(2, new Axis3(8, 12, 12), 1).clips().get(4)
                .clip().size());
    }
}
