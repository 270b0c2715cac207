package app.conv3d.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import org.junit.jupiter.api.Test;

class TorchSnippetTest {
    private static KernelBank bank(int count, float bias) {
        Kernel[] ks = new Kernel[count];
        for (int n = 0; n < count; n++) {
            ks[n] = new Kernel(5, 5, 5, 3, new float[5 * 5 * 5 * 3], bias);
        }
        return KernelBank.of(ks);
    }

    @Test
    void theOriginalScriptsLayer() {
        ConvShape shape = ConvSpec.VALID.shape(new Axis3(16, 256, 256), Axis3.all(5));
        assertEquals("torch.nn.Conv3d(3, 1, kernel_size=(5, 5, 5), stride=1, padding=0, bias=False)",
                TorchSnippet.layer(shape, 3, bank(1, 0f), false));
        assertEquals("# input (1, 3, 16, 256, 256)  ->  output (1, 1, 12, 252, 252)", TorchSnippet.shapes(shape, 3, 1));
    }

    @Test
    void strideDilationPaddingAndBiasAppearWhenSet() {
        ConvSpec spec = new ConvSpec(new Axis3(1, 2, 2), Padding.of(0, 2, 2), Axis3.all(2), true);
        ConvShape shape = spec.shape(new Axis3(16, 64, 64), Axis3.all(5));
        assertEquals("torch.nn.Conv3d(3, 4, kernel_size=(5, 5, 5), stride=(1, 2, 2), padding=(0, 2, 2),"
                + " dilation=2, bias=True)  # then torch.relu", TorchSnippet.layer(shape, 3, bank(4, 0.5f), true));
    }

    @Test
    void numbersUseATrueMinusAndNoNegativeZero() {
        assertEquals("\u22121.50", Numbers.value(-1.5f));
        assertEquals("0", Numbers.value(-1e-9f));
        assertEquals("211", Numbers.input(211f));
        assertEquals("37.3", Numbers.input(37.25f + 0.01f));
    }
}
