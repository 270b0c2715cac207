package app.conv3d.core;

import static app.conv3d.core.TestClips.apply;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FrameByFrameTest {

    @ParameterizedTest
    @EnumSource(KernelPreset.class)
    void onAStillClipTheFlatKernelAgreesWithTheThreeDimensionalOne(KernelPreset preset) {
        Kernel k3 = preset.build(new Axis3(4, 3, 5), 3).withBias(7f);
        Kernel k2 = FrameByFrame.flatten(k3);
        assertEquals(new Axis3(1, 3, 5), k2.size());
        assertEquals(7f, k2.bias());
        Volume still = TestClips.still(7, 9, 9, 3, 4);
        FeatureVolume out3 = apply(still, k3, Padding.VALID);
        FeatureVolume out2 = apply(still, k2, Padding.VALID);
        for (int t = 0; t < out3.frames(); t++) {
            for (int y = 0; y < out3.height(); y++) {
                for (int x = 0; x < out3.width(); x++) {
                    assertEquals(out3.get(0, t, y, x), out2.get(0, t, y, x), 1e-2f, preset.id());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"temporal-difference", "motion-left", "motion-right"})
    void kernelsThatOnlySeeChangeFlattenToNothing(String id) {
        Kernel k2 = FrameByFrame.flatten(KernelPreset.byId(id).orElseThrow().build(new Axis3(5, 3, 4), 3));
        for (float w : k2.weights()) {
            assertEquals(0f, w, id);
        }
    }
}
