package app.conv3d.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import app.conv3d.train.MotionClips.Motion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AugmentationTest {
    private static final int RIGHT = 0;
    private static final int LEFT = 1;
    private static final int STILL = 2;
    /** right and left are each other's mirror; still is its own. */
    private static final int[] MIRRORS = {LEFT, RIGHT, STILL};

    @Test
    void aMirroredRightGestureMovesLeftAndTakesTheLeftLabel() {
        Volume right = new MotionClips(3).next(Motion.RIGHT, 12, 24, 32);
        assertTrue(Drift.of(right) > 0.15, "the blob moves right: " + Drift.of(right));

        List<LabeledClip> out = new Augmentation(true, false, false)
                .apply(List.of(new LabeledClip(right, RIGHT)), MIRRORS, 0);

        assertEquals(2, out.size());
        LabeledClip mirrored = out.get(1);
        assertEquals(LEFT, mirrored.label());
        assertTrue(Drift.of(mirrored.clip()) < -0.15, "the mirror moves left: " + Drift.of(mirrored.clip()));
    }

    @Test
    void aMirroredLeftGestureTakesTheRightLabelAndAStillOneKeepsItsOwn() {
        MotionClips clips = new MotionClips(5);
        List<LabeledClip> in = List.of(new LabeledClip(clips.next(Motion.LEFT, 8, 16, 16), LEFT),
                new LabeledClip(clips.next(Motion.STILL, 8, 16, 16), STILL));

        List<LabeledClip> out = new Augmentation(true, false, false).apply(in, MIRRORS, 0);

        assertEquals(List.of(LEFT, STILL, RIGHT, STILL), out.stream().map(LabeledClip::label).toList());
        assertTrue(Drift.of(out.get(2).clip()) > 0.15);
    }

    @Test
    void mirroringTwiceGivesTheClipBackAndFlipsEachRow() {
        Volume clip = new MotionClips(1).next(Motion.RIGHT, 4, 6, 7);
        Volume once = Augmentation.mirrored(clip);
        assertArrayEquals(clip.data(), Augmentation.mirrored(once).data());
        for (int c = 0; c < 3; c++) {
            assertEquals(clip.get(2, 3, 0, c), once.get(2, 3, 6, c));
            assertEquals(clip.get(2, 3, 1, c), once.get(2, 3, 5, c));
        }
    }

    @Test
    void aShiftMovesThePictureAndRepeatsTheEdge() {
        Volume clip = ramp(2, 5, 6);
        Volume moved = Augmentation.shifted(clip, 1, -2);
        // moved down one row, left two columns
        assertEquals(clip.get(1, 2, 4, 0), moved.get(1, 3, 2, 0));
        // the top row repeats the first row; the right columns repeat the last column
        assertEquals(clip.get(0, 0, 3, 1), moved.get(0, 0, 1, 1));
        assertEquals(clip.get(0, 3, 5, 2), moved.get(0, 4, 5, 2));
        assertEquals(clip.get(0, 3, 5, 2), moved.get(0, 4, 4, 2));
    }

    @Test
    void brightnessScalesAndStaysWithinTheRange() {
        Volume clip = new Volume(1, 1, 2, 1, new float[] {100, 200});
        assertArrayEquals(new float[] {120, 240}, Augmentation.brightened(clip, 1.2).data(), 1e-4f);
        assertArrayEquals(new float[] {150, 255}, Augmentation.brightened(clip, 1.5).data(), 1e-4f);
    }

    @Test
    void countsFollowTheChoices() {
        List<LabeledClip> in = threeClips();
        assertEquals(3, Augmentation.NONE.apply(in, MIRRORS, 0).size());
        assertEquals(6, new Augmentation(true, false, false).apply(in, MIRRORS, 0).size());
        assertEquals(6, new Augmentation(false, true, false).apply(in, MIRRORS, 0).size());
        assertEquals(6, new Augmentation(false, true, true).apply(in, MIRRORS, 0).size());
        assertEquals(12, new Augmentation(true, true, true).apply(in, MIRRORS, 0).size());
        assertEquals(24, new Augmentation(true, false, true).count(6));
    }

    @Test
    void theSameSeedGivesTheSameCopiesAndAnotherSeedOthers() {
        Augmentation all = new Augmentation(true, true, true);
        List<LabeledClip> a = all.apply(threeClips(), MIRRORS, 7);
        List<LabeledClip> b = all.apply(threeClips(), MIRRORS, 7);
        List<LabeledClip> c = all.apply(threeClips(), MIRRORS, 8);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).clip().data(), b.get(i).clip().data());
        }
        boolean differs = false;
        for (int i = 6; i < a.size(); i++) {
            differs |= !java.util.Arrays.equals(a.get(i).clip().data(), c.get(i).clip().data());
        }
        assertTrue(differs);
    }

    @Test
    void theShiftedCopiesMoveByAFewPixelsAndKeepTheirLabels() {
        List<LabeledClip> in = threeClips();
        List<LabeledClip> out = new Augmentation(false, true, false).apply(in, MIRRORS, 3);
        for (int i = 0; i < in.size(); i++) {
            LabeledClip copy = out.get(in.size() + i);
            assertEquals(in.get(i).label(), copy.label());
            assertNotEquals(0, difference(in.get(i).clip(), copy.clip()));
            assertTrue(matchesSomeShift(in.get(i).clip(), copy.clip(), 2), "a shift of at most 2 pixels");
        }
    }

    private static boolean matchesSomeShift(Volume original, Volume copy, int most) {
        for (int dy = -most; dy <= most; dy++) {
            for (int dx = -most; dx <= most; dx++) {
                if ((dy != 0 || dx != 0) && difference(Augmentation.shifted(original, dy, dx), copy) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double difference(Volume a, Volume b) {
        double sum = 0;
        for (int i = 0; i < a.data().length; i++) {
            sum += Math.abs(a.data()[i] - b.data()[i]);
        }
        return sum;
    }

    private static List<LabeledClip> threeClips() {
        MotionClips clips = new MotionClips(11);
        List<LabeledClip> list = new ArrayList<>();
        list.add(new LabeledClip(clips.next(Motion.RIGHT, 6, 32, 32), RIGHT));
        list.add(new LabeledClip(clips.next(Motion.LEFT, 6, 32, 32), LEFT));
        list.add(new LabeledClip(clips.next(Motion.STILL, 6, 32, 32), STILL));
        return list;
    }

    private static Volume ramp(int frames, int height, int width) {
        float[] d = new float[frames * height * width * 3];
        for (int i = 0; i < d.length; i++) {
            d[i] = i % 251;
        }
        return new Volume(frames, height, width, 3, d);
    }
}
