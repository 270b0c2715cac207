package app.conv3d.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelCaptionsTest {

    @Test
    void indexFromZeroAndThePresetsName() {
        Axis3 three = Axis3.all(3);
        Kernel blur = KernelPreset.BLUR.build(three, 3);
        float[] w = KernelPreset.SOBEL_X.build(three, 3).weights().clone();
        w[0] += 0.5f;
        KernelBank bank = KernelBank.of(blur, KernelPreset.TEMPORAL_DIFFERENCE.build(three, 3), new Kernel(3, 3, 3, 3, w));
        assertEquals(List.of("0  blur", "1  temporal difference", "2  edited"), KernelCaptions.of(bank));
    }
}
