package app.conv3d.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Normalization;
import app.conv3d.core.Padding;
import app.conv3d.core.StepSize;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window's names for core's things: English as core writes them, and a translation of each in Spanish. */
class CoreNamesTest {
    @AfterEach
    void english() {
        Languages.use(Languages.ENGLISH);
    }

    @Test
    void englishSaysWhatCoreSays() {
        for (KernelPreset p : KernelPreset.values()) {
            assertEquals(p.displayName(), CoreNames.preset(p));
            assertEquals(p.explanation(), CoreNames.explanation(p));
        }
        for (int axis = 0; axis < 3; axis++) {
            assertEquals(Axis3.name(axis), CoreNames.axis(axis));
        }
        for (Padding.Mode m : Padding.Mode.values()) {
            assertEquals(m.name().toLowerCase(Locale.ROOT), CoreNames.padding(m));
        }
        for (StepSize s : StepSize.values()) {
            assertEquals(s.label(), CoreNames.stepSize(s));
        }
        for (Normalization n : Normalization.values()) {
            assertEquals(n.id() + ": " + n.explanation(), CoreNames.normalization(n));
        }
        for (Colormap c : Colormap.values()) {
            assertEquals(c.id() + ": " + c.explanation(), CoreNames.colormap(c));
        }
    }

    @Test
    void spanishTranslatesEveryPresetAndAxis() {
        Languages.use(Languages.SPANISH);
        for (KernelPreset p : KernelPreset.values()) {
            assertNotEquals(p.displayName(), CoreNames.preset(p), p.id());
            assertNotEquals(p.explanation(), CoreNames.explanation(p), p.id());
        }
        assertEquals("tiempo", CoreNames.axis(0));
        assertEquals("una fila", CoreNames.stepSize(StepSize.ROW));
        for (Normalization n : Normalization.values()) {
            assertNotEquals(n.id() + ": " + n.explanation(), CoreNames.normalization(n), n.id());
        }
        for (Colormap c : Colormap.values()) {
            assertNotEquals(c.id() + ": " + c.explanation(), CoreNames.colormap(c), c.id());
        }
    }
}
