package app.conv3d.ui.train.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.Frame;
import app.conv3d.capture.FrameFit;
import app.conv3d.core.Axis3;
import app.conv3d.core.Conv3d;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.MotionClips;
import app.conv3d.train.MotionClips.Motion;
import app.conv3d.train.Trainer;
import app.conv3d.train.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model alone, without a toolkit: a camera the test steps frame by frame, and a clock the test sets. */
class LiveClassifyModelTest {
    /** Clips of 6 frames of 8x10; camera pictures of 20x12, so fitting crops and shrinks. */
    private static final Axis3 CLIP = new Axis3(6, 8, 10);
    private static final int CAMERA_W = 20;
    private static final int CAMERA_H = 12;

    private final SteppedCamera camera = new SteppedCamera();
    private LiveClassifyModel model;
    private long clock;

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void eachNewFrameGivesTheProbabilitiesOfTheLastFramesFittedToTheClipSize() throws Exception {
        ClipClassifier classifier = randomClassifier();
        model = new LiveClassifyModel(classifier, camera);
        model.start();
        Random random = new Random(3);
        List<Frame> sent = new ArrayList<>();
        for (int i = 0; i < CLIP.t() - 1; i++) {
            sent.add(step(randomFrame(random)));
            model.pulse(tick());
            assertNull(model.classificationProperty().get(), "no classification before the window holds a clip");
        }
        for (int i = 0; i < 4; i++) {
            sent.add(step(randomFrame(random)));
            model.pulse(tick());
            LiveClassification c = model.classificationProperty().get();
            assertNotNull(c);
            assertEquals(sent.size() - 1, c.sequence(), "the classification of the newest frame");
            assertEquals(i + 1, model.updatesProperty().get(), "one update per frame");
            Volume window = fitted(sent.subList(sent.size() - CLIP.t(), sent.size()));
            double[] want = classifier.probabilities(window);
            for (int j = 0; j < want.length; j++) {
                assertEquals(want[j], c.probabilities()[j], 1e-5, "class " + j + " after frame " + c.sequence());
            }
            assertEquals(ClipClassifier.mostProbable(want), c.predicted());
            assertEquals(new Axis3(1, CLIP.h(), CLIP.w()), c.picture().size(), "the picture at the clip's size");
            assertEquals(new Axis3(1, CLIP.h() - 2, CLIP.w() - 2), c.features().size());
            FeatureVolume newest = Conv3d.apply(window, classifier.bankForRawClips(), ClipClassifier.SPEC);
            for (int n = 0; n < newest.kernels(); n++) {
                float[] expected = newest.slice(n, newest.frames() - 1);
                float[] got = c.features().slice(n, 0);
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k], got[k], 1e-3, "kernel " + n + " feature " + k);
                }
            }
        }
    }

    @Test
    void theNewestClassificationWinsAtEachPulse() throws Exception {
        model = new LiveClassifyModel(randomClassifier(), camera);
        model.start();
        Random random = new Random(4);
        for (int i = 0; i < CLIP.t() + 3; i++) {
            step(randomFrame(random));
        }
        assertEquals(4, model.computed(), "every frame from the sixth on was classified");
        assertEquals(0, model.updatesProperty().get(), "nothing shown between pulses");
        model.pulse(tick());
        assertEquals(CLIP.t() + 2, model.classificationProperty().get().sequence(), "only the newest is shown");
        assertEquals(1, model.updatesProperty().get());
        LiveClassification shown = model.classificationProperty().get();
        model.pulse(tick());
        assertSame(shown, model.classificationProperty().get(), "no new frame, nothing changes");
        assertEquals(1, model.updatesProperty().get());
    }

    @Test
    void hiddenMinimisedFrozenOrStoppedNothingIsGrabbedOrClassified() throws Exception {
        model = new LiveClassifyModel(randomClassifier(), camera);
        model.setShown(false); // the Train mode not chosen
        model.start();
        waitFor(() -> camera.opened.get() == 1);
        Thread.sleep(200);
        assertEquals(0, camera.grabs.get(), "hidden, the camera is opened but never read");
        assertFalse(model.feedingProperty().get());

        model.setShown(true);
        assertTrue(model.feedingProperty().get());
        Random random = new Random(5);
        for (int i = 0; i < CLIP.t(); i++) {
            step(randomFrame(random));
        }
        model.pulse(tick());
        assertNotNull(model.classificationProperty().get());

        for (Runnable rest : List.<Runnable>of(() -> model.setWatched(false), () -> model.setShown(false),
                model::toggleFreeze)) {
            rest.run();
            assertFalse(model.feedingProperty().get());
            int grabs = camera.grabs.get();
            long processed = model.processed();
            long dropped = model.dropped();
            camera.frames.add(randomFrame(random)); // the grab in progress when resting may take this one
            camera.frames.add(randomFrame(random));
            Thread.sleep(300);
            assertTrue(camera.grabs.get() <= grabs + 1, "resting, the camera is not read again");
            assertTrue(camera.frames.size() >= 1, "resting, frames wait unread");
            long computed = model.computed();
            Thread.sleep(100);
            assertEquals(computed, model.computed(), "resting, nothing is convolved");
            assertTrue(model.processed() <= processed + 1);

            if (model.frozenProperty().get()) {
                model.toggleFreeze();
            }
            model.setWatched(true);
            model.setShown(true);
            assertTrue(model.feedingProperty().get(), "awake again");
            // both frames handled: in turn, or (when the loop rested before its grab) the second offered while the
            // window was still busy with the first, and dropped as the live window drops such frames
            waitFor(() -> model.processed() + model.dropped() == processed + dropped + 2);
        }

        model.stop();
        assertFalse(model.activeProperty().get());
        assertFalse(model.feedingProperty().get());
        assertNotNull(model.classificationProperty().get(), "the last classification stays on screen");
    }

    @Test
    void aNetworkTrainedOnRightAndLeftSeesAHandMovingRightAsRight() throws Exception {
        List<Motion> motions = List.of(Motion.RIGHT, Motion.LEFT);
        List<LabeledClip> clips = new MotionClips(1).labeled(motions, 10, 16, 32, 32);
        Trainer trainer = new Trainer(List.of("right", "left"), clips, TrainingOptions.DEFAULT.withEpochs(25));
        for (int e = 0; e < 25; e++) {
            trainer.epoch();
        }
        model = new LiveClassifyModel(trainer.model(), camera);
        model.start();
        MotionClips stream = new MotionClips(99);
        int right = 0;
        int classified = 0;
        for (int clip = 0; clip < 6; clip++) {
            Volume moving = stream.next(Motion.RIGHT, 16, 32, 32);
            for (int t = 0; t < moving.frames(); t++) {
                step(camera.frameOf(moving, t));
                long before = model.updatesProperty().get();
                model.pulse(tick());
                if (model.updatesProperty().get() > before) {
                    classified++;
                    right += model.classificationProperty().get().predicted() == 0 ? 1 : 0;
                }
            }
        }
        assertEquals(6 * 16 - 15, classified, "every frame from the 16th on");
        assertTrue(right > classified * 0.7, right + " of " + classified + " classified as right");
    }

    @Test
    void aNewNetworkRestartsTheCameraWithItsOwnClipSize() throws Exception {
        model = new LiveClassifyModel(null, camera);
        model.start();
        assertFalse(model.activeProperty().get(), "nothing to classify with yet");
        model.setClassifier(randomClassifier());
        model.start();
        assertTrue(model.activeProperty().get());
        waitFor(() -> camera.opened.get() == 1);
        model.setClassifier(randomClassifier());
        assertTrue(model.activeProperty().get(), "running, it goes on with the new network");
        waitFor(() -> camera.opened.get() == 2);
        assertNull(model.classificationProperty().get(), "the old network's classification goes");
    }

    /** Hands the camera {@code frame} and waits until the kernels have finished with it. */
    private Frame step(Frame frame) throws Exception {
        long before = model.processed();
        return step(frame, before + 1);
    }

    private Frame step(Frame frame, long processed) throws Exception {
        camera.frames.add(frame);
        waitFor(() -> model.processed() >= processed);
        return frame;
    }

    private long tick() {
        clock += 16_666_667L;
        return clock;
    }

    private static Frame randomFrame(Random random) {
        int[] argb = new int[CAMERA_W * CAMERA_H];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | random.nextInt(1 << 24);
        }
        return new Frame(CAMERA_W, CAMERA_H, argb, 0);
    }

    /** The frames as live mode's resampler fits them to the clip size, as one clip. */
    private static Volume fitted(List<Frame> frames) {
        FrameFit fit = new FrameFit(CAMERA_W, CAMERA_H, CLIP.w(), CLIP.h());
        int size = CLIP.h() * CLIP.w() * 3;
        float[] data = new float[frames.size() * size];
        for (int t = 0; t < frames.size(); t++) {
            fit.apply(frames.get(t), data, t * size);
        }
        return new Volume(frames.size(), CLIP.h(), CLIP.w(), 3, data);
    }

    /** Two kernels of 3x3x3x3 and three classes, with weights large enough that the classes differ. */
    private static ClipClassifier randomClassifier() {
        Random random = new Random(9);
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            float[] w = new float[3 * 3 * 3 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) random.nextGaussian() * 0.3f;
            }
            kernels.add(new Kernel(3, 3, 3, 3, w, 0.2f));
        }
        float[] weights = new float[3 * 2];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian() * 3;
        }
        return new ClipClassifier(List.of("a", "b", "c"), CLIP, new KernelBank(kernels), weights,
                new float[] {0.1f, -0.2f, 0f});
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("condition not met in 20 s");
            }
            Thread.sleep(2);
        }
    }
}
