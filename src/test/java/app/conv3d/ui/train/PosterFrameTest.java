package app.conv3d.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Volume;
import org.junit.jupiter.api.Test;

class PosterFrameTest {
    @Test
    void showsTheFrameWhereTheHandIsInView() {
        // four frames of a bare wall, the hand (a bright patch) in frame 2 only
        float[] data = new float[4 * 4 * 4 * 3];
        java.util.Arrays.fill(data, 100);
        for (int i = 0; i < 4 * 4 * 3; i++) {
            data[2 * 48 + i] = i % 5 == 0 ? 250 : 100;
        }
        assertEquals(2, PosterFrame.of(new Volume(4, 4, 4, 3, data)));
    }

    @Test
    void aStillClipShowsItsFirstFrame() {
        float[] data = new float[3 * 2 * 2 * 3];
        java.util.Arrays.fill(data, 80);
        assertEquals(0, PosterFrame.of(new Volume(3, 2, 2, 3, data)));
    }
}
