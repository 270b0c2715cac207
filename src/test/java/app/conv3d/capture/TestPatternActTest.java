package app.conv3d.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import app.conv3d.train.Drift;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TestPatternActTest {
    private static final int H = 48;
    private static final int W = 64;

    @Test
    void theHandCrossesToTheRightOrToTheLeftOrStaysStill() {
        assertTrue(Drift.of(clip(TestPatternAct.RIGHT, 0.6)) > 0.15, "right: " + Drift.of(clip(TestPatternAct.RIGHT, 0.6)));
        assertTrue(Drift.of(clip(TestPatternAct.LEFT, 0.6)) < -0.15, "left: " + Drift.of(clip(TestPatternAct.LEFT, 0.6)));
        Volume still = clip(TestPatternAct.STILL, 0.6);
        assertArrayEquals(still.frames(0, 1).data(), still.frames(7, 1).data());
    }

    @Test
    void aCrossingStartsAgainOnTheOtherSide() {
        assertEquals(-TestPatternAct.REACH, TestPatternAct.wristX(0), 1e-9);
        assertEquals(0, TestPatternAct.wristX(TestPatternAct.SWEEP_SECONDS / 2), 1e-9);
        assertEquals(-TestPatternAct.REACH, TestPatternAct.wristX(TestPatternAct.SWEEP_SECONDS), 1e-9);
    }

    @Test
    void theHandIsOutOfThePictureWhenItJumpsBack() {
        // at both ends of a crossing a square picture is the empty wall, so the jump back is never seen
        int[] left = TestPatternAct.RIGHT.frameArgb(0, 240, 240);
        int[] right = TestPatternAct.RIGHT.frameArgb(TestPatternAct.SWEEP_SECONDS - 1e-6, 240, 240);
        assertArrayEquals(left, right);
        assertArrayEquals(left, TestPatternAct.LEFT.frameArgb(0, 240, 240));
    }

    @Test
    void theDeviceActsWhatItIsToldUntilItIsClosed() {
        AtomicLong clock = new AtomicLong();
        TestPatternDevice device = new TestPatternDevice(clock::get);
        device.open();
        device.act(TestPatternAct.STILL);
        BufferedImage first = device.getImage();
        clock.addAndGet(500_000_000L);
        BufferedImage later = device.getImage();
        assertArrayEquals(pixels(first), pixels(later), "a still hand does not move");
        device.close();
        assertEquals(TestPatternAct.WAVE, device.act());
    }

    /** Eight frames 0.12 s apart from {@code start} seconds. */
    private static Volume clip(TestPatternAct act, double start) {
        float[] data = new float[8 * H * W * 3];
        for (int t = 0; t < 8; t++) {
            int[] argb = act.frameArgb(start + 0.12 * t, H, W);
            for (int i = 0; i < argb.length; i++) {
                int o = (t * H * W + i) * 3;
                data[o] = (argb[i] >> 16) & 0xFF;
                data[o + 1] = (argb[i] >> 8) & 0xFF;
                data[o + 2] = argb[i] & 0xFF;
            }
        }
        return new Volume(8, H, W, 3, data);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
