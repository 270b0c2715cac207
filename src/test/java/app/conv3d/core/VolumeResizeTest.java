package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class VolumeResizeTest {

    @Test
    void shrinkingAveragesTheBlocksItCovers() {
        // 2 frames of 4x4, one channel; frame 1 is frame 0 + 100.
        float[] data = new float[2 * 4 * 4];
        for (int i = 0; i < 16; i++) {
            data[i] = i;
            data[16 + i] = i + 100;
        }
        Volume v = VolumeResize.to(new Volume(2, 4, 4, 1, data), new Axis3(1, 2, 2));
        assertEquals(new Axis3(1, 2, 2), v.size());
        // top-left block {0,1,4,5} mean 2.5, averaged over both frames: 52.5
        assertEquals(52.5f, v.get(0, 0, 0, 0), 1e-4);
        assertEquals(52.5f + 10f, v.get(0, 1, 1, 0), 1e-4);
    }

    @Test
    void growingRepeatsPixelsAndKeepsChannels() {
        Volume v = new Volume(1, 1, 2, 3, new float[] {1, 2, 3, 10, 20, 30});
        Volume big = VolumeResize.to(v, new Axis3(2, 2, 4));
        assertEquals(3, big.channels());
        assertEquals(1f, big.get(1, 1, 1, 0), 1e-6);
        assertEquals(30f, big.get(0, 0, 2, 2), 1e-6);
    }

    @Test
    void aWideClipIsCroppedToTheMiddleNotSquashed() {
        // 1 frame, 2 rows, 6 columns: columns hold their own index. Square target keeps columns 2..3.
        float[] data = new float[12];
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 6; x++) {
                data[y * 6 + x] = x;
            }
        }
        Volume v = VolumeResize.to(new Volume(1, 2, 6, 1, data), new Axis3(1, 2, 2));
        assertEquals(2f, v.get(0, 0, 0, 0), 1e-6);
        assertEquals(3f, v.get(0, 1, 1, 0), 1e-6);
    }

    @Test
    void theSameSizeIsTheSameVolume() {
        Volume v = Volume.zeros(2, 3, 4, 1);
        assertSame(v, VolumeResize.to(v, new Axis3(2, 3, 4)));
    }
}
