package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Normalization;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Choosing a preset whose answer is signed shows the sign, as the user guide promises. */
class PresetDisplayTest {
    private static final FeatureDisplay START = new FeatureDisplay(Normalization.MAX, Colormap.GRAY);
    private Lesson lesson;
    private KernelLabModel lab;

    /** The left half of every frame is the same picture (still); the right half changes every frame. */
    private static Volume halfStill() {
        Random rnd = new Random(8);
        float[] still = new float[12 * 12 * 3];
        for (int i = 0; i < still.length; i++) {
            still[i] = rnd.nextInt(256);
        }
        float[] data = new float[8 * 12 * 12 * 3];
        for (int t = 0; t < 8; t++) {
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 12; x++) {
                    for (int c = 0; c < 3; c++) {
                        int i = (y * 12 + x) * 3 + c;
                        data[t * still.length + i] = x < 6 ? still[i] : rnd.nextInt(256);
                    }
                }
            }
        }
        return new Volume(8, 12, 12, 3, data);
    }

    @BeforeEach
    void tinyLesson() {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lab = new KernelLabModel(lesson);
        lesson.load(halfStill(), KernelBank.of(KernelPreset.BLUR.build(Axis3.all(3), 3)));
    }

    @Test
    void signedPresetsSwitchToSymmetricDivergingOthersLeaveTheDisplay() {
        Set<KernelPreset> signed = EnumSet.of(KernelPreset.TEMPORAL_DIFFERENCE, KernelPreset.SOBEL_X,
                KernelPreset.SOBEL_Y, KernelPreset.MOTION_LEFT, KernelPreset.MOTION_RIGHT);
        for (KernelPreset p : KernelPreset.values()) {
            lesson.setDisplay(START);
            lab.presets().choosePreset(p);
            FeatureDisplay expected = signed.contains(p) ? SignedOutput.DISPLAY : START;
            assertEquals(expected, lesson.displayProperty().get(), p.id());
        }
    }

    @Test
    void withTemporalDifferenceTheStillPartsGoWhite() {
        lesson.setDisplay(START);
        lab.presets().choosePreset(KernelPreset.TEMPORAL_DIFFERENCE);
        Computed c = lesson.computedProperty().get();
        int[] argb = lesson.displayProperty().get().argb(c.features(), 0, 0, lesson.displayRangeProperty().get());
        int width = c.features().width();
        boolean sawColour = false;
        for (int y = 0; y < c.features().height(); y++) {
            for (int x = 0; x < width; x++) {
                int rgb = argb[y * width + x] & 0xFFFFFF;
                if (x + c.shape().kernel().w() <= 6) { // the kernel saw only the still half
                    assertTrue(white(rgb), "still pixel (" + y + ", " + x + ") is white, not " + Integer.toHexString(rgb));
                } else {
                    sawColour |= !white(rgb);
                }
            }
        }
        assertTrue(sawColour, "the changing half lights up");
        assertFalse(SignedOutput.of(KernelPreset.RANDOM.build(Axis3.all(3), 3)), "random weights do not cancel");
    }

    /** White to the eye: every channel within two levels of 255 (zero falls between two of the 256 levels). */
    private static boolean white(int rgb) {
        return (rgb >> 16 & 0xFF) >= 253 && (rgb >> 8 & 0xFF) >= 253 && (rgb & 0xFF) >= 253;
    }
}
