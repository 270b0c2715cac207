package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pacer on a fake clock: frame times are whatever the test says. */
class SweepPacerTest {
    /** The default lesson's output: 762,048 positions. */
    private static final Axis3 FULL = new Axis3(12, 252, 252);
    private static final long MS = 1_000_000L;
    /** A 60 Hz display's frame interval, in nanoseconds. */
    private static final long HZ60 = 16_666_667L;

    private final SweepPacer pacer = new SweepPacer();

    /** Steps advanced at each of {@code frames} frames {@code interval} apart, the first frame at time 0. */
    private List<Integer> run(Speed speed, Axis3 output, long[] times) {
        List<Integer> steps = new ArrayList<>();
        for (long t : times) {
            steps.add(pacer.frame(t, speed, output).steps());
        }
        return steps;
    }

    private static long[] regular(int frames, long interval) {
        long[] times = new long[frames];
        for (int i = 0; i < frames; i++) {
            times[i] = i * interval;
        }
        return times;
    }

    private static long sum(List<Integer> steps) {
        return steps.stream().mapToLong(Integer::longValue).sum();
    }

    @Test
    void timedPacesGiveTheirPositionsPerSecond() {
        assertEquals(762_048 / 10.0, Speed.VOLUME_10_S.positionsPerSecond(FULL), 1e-9);
        assertEquals(762_048 / 30.0, Speed.VOLUME_30_S.positionsPerSecond(FULL), 1e-9);
        assertEquals(762_048 / 120.0, Speed.VOLUME_2_MIN.positionsPerSecond(FULL), 1e-9);
        assertEquals(252 * 252 / 10.0, Speed.SLICE_10_S.positionsPerSecond(FULL), 1e-9);
        assertEquals(0, Speed.FAST.positionsPerSecond(FULL));
    }

    @Test
    void atSixtyHertzEachFrameAdvancesItsShareOfTheSecond() {
        for (Speed speed : new Speed[] {Speed.VOLUME_10_S, Speed.VOLUME_30_S, Speed.VOLUME_2_MIN, Speed.SLICE_10_S}) {
            pacer.restart();
            double perFrame = speed.positionsPerSecond(FULL) * HZ60 / 1e9;
            List<Integer> steps = run(speed, FULL, regular(61, HZ60));
            assertEquals(0, steps.get(0), speed + ": the first frame only starts the clock");
            for (int i = 1; i < steps.size(); i++) {
                int n = steps.get(i);
                assertTrue(n == Math.floor(perFrame) || n == Math.ceil(perFrame),
                        speed + ": frame " + i + " advanced " + n + ", expected about " + perFrame);
            }
            double expected = speed.positionsPerSecond(FULL) * 60 * HZ60 / 1e9;
            assertEquals(expected, sum(steps), 1, speed + ": one second's worth, nothing lost to rounding");
        }
    }

    @Test
    void wholeVolumeInThirtySecondsTakesThirtySecondsAtSixtyHertz() {
        long[] times = regular(30 * 60 + 1, HZ60);
        long total = sum(run(Speed.VOLUME_30_S, FULL, times));
        assertEquals(762_048, total, 1);
    }

    @Test
    void irregularFramesKeepThePaceExactly() {
        Random random = new Random(3);
        long[] times = new long[400];
        for (int i = 1; i < times.length; i++) {
            times[i] = times[i - 1] + (5 + random.nextInt(95)) * MS; // 5..99 ms frames, as on a busy machine
        }
        List<Integer> steps = run(Speed.VOLUME_30_S, FULL, times);
        double expected = Speed.VOLUME_30_S.positionsPerSecond(FULL) * times[times.length - 1] / 1e9;
        assertEquals(Math.floor(expected), sum(steps), 1e-9);
        for (int i = 1; i < times.length; i++) {
            double share = Speed.VOLUME_30_S.positionsPerSecond(FULL) * (times[i] - times[i - 1]) / 1e9;
            assertEquals(share, steps.get(i), 1.0, "a long frame advances more, a short one less");
        }
    }

    @Test
    void afterAStallTheSweepSkipsPositionsNotTime() {
        long[] times = {0, HZ60, 2 * HZ60, 2 * HZ60 + 700 * MS, 3 * HZ60 + 700 * MS};
        List<Integer> steps = run(Speed.VOLUME_10_S, FULL, times);
        double rate = Speed.VOLUME_10_S.positionsPerSecond(FULL);
        assertEquals(rate * 0.7, steps.get(3), 1.0, "the frame after a 0.7 s stall catches up 0.7 s of positions");
        assertEquals(rate * HZ60 / 1e9, steps.get(4), 1.0, "and then goes on at the pace");
    }

    @Test
    void aSlowPaceOnASmallOutputGlidesBetweenPositions() {
        Axis3 tiny = new Axis3(4, 8, 8); // 256 positions in 10 s: 25.6 a second, under one a frame
        List<Double> glides = new ArrayList<>();
        List<Integer> steps = new ArrayList<>();
        for (long t : regular(61, HZ60)) {
            SweepPacer.Advance a = pacer.frame(t, Speed.VOLUME_10_S, tiny);
            glides.add(a.glide());
            steps.add(a.steps());
        }
        assertEquals(26, sum(steps), 1);
        for (int i = 1; i < glides.size(); i++) {
            assertTrue(glides.get(i) >= 0 && glides.get(i) < 1);
            double expected = (glides.get(i - 1) + 25.6 * HZ60 / 1e9) % 1;
            assertEquals(expected, glides.get(i), 1e-6, "the kernel is drawn the carried fraction on");
            assertTrue(steps.get(i) <= 1);
        }
    }

    @Test
    void steppedSpeedsStepOncePerPauseAndGlideBeforeEachStep() {
        // fast: 40 ms a step, at 60 Hz 25 steps a second however the frames fall
        assertEquals(25, sum(run(Speed.FAST, FULL, regular(60 * 4 + 1, HZ60))) / 4.0, 0.3);
        pacer.restart();
        // slow: 900 ms a step; the kernel rests 650 ms and glides for the last 250 ms, starting at once on play
        List<Long> stepTimes = new ArrayList<>();
        double lastGlide = -1;
        for (long t : regular(60 * 5, HZ60)) {
            SweepPacer.Advance a = pacer.frame(t, Speed.SLOW, FULL);
            if (a.steps() > 0) {
                assertEquals(1, a.steps());
                stepTimes.add(t);
                lastGlide = -1;
            } else {
                assertTrue(a.glide() >= lastGlide, "the glide only moves forward between steps");
                lastGlide = a.glide();
            }
        }
        assertEquals(250, stepTimes.get(0) / MS, 17, "the first step lands one glide after Play");
        for (int i = 1; i < stepTimes.size(); i++) {
            assertEquals(900, (stepTimes.get(i) - stepTimes.get(i - 1)) / MS, 17);
        }
        pacer.restart();
        pacer.frame(0, Speed.SLOW, FULL);
        pacer.frame(250 * MS, Speed.SLOW, FULL); // the first step
        assertEquals(0, pacer.frame(500 * MS, Speed.SLOW, FULL).glide(), "at rest after a step");
        assertEquals(0.5, pacer.frame((250 + 650 + 125) * MS, Speed.SLOW, FULL).glide(), 1e-9,
                "half way through the glide (eased)");
    }

    @Test
    void steppedSpeedsAlsoKeepTheirPaceAtALowFrameRate() {
        // 10 frames a second (Mesa's llvmpipe) and fast (40 ms): 2-3 steps a frame, 25 a second
        assertEquals(50, sum(run(Speed.FAST, FULL, regular(21, 100 * MS))), 1);
    }

    @Test
    void changingTheSpeedOrRestartingStartsTheClockAgain() {
        pacer.frame(0, Speed.VOLUME_10_S, FULL);
        assertTrue(pacer.frame(HZ60, Speed.VOLUME_10_S, FULL).steps() > 0);
        assertEquals(0, pacer.frame(5_000 * MS, Speed.VOLUME_30_S, FULL).steps(), "a new speed starts from now");
        pacer.restart();
        assertEquals(0, pacer.frame(60_000 * MS, Speed.VOLUME_30_S, FULL).steps(), "a pause is not a stall");
    }
}
