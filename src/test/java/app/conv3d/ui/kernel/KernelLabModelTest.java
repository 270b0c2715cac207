package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FrameByFrame;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import app.conv3d.io.KernelJson;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's model on a lesson whose background and FX thread are both the calling thread: no toolkit. */
class KernelLabModelTest {
    private static final Axis3 CUBE = Axis3.all(5);
    private Lesson lesson;
    private KernelLabModel lab;

    static Volume clip(int channels) {
        Random rnd = new Random(3);
        float[] data = new float[8 * 12 * 12 * channels];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(8, 12, 12, channels, data);
    }

    @BeforeEach
    void tinyLesson() {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lab = new KernelLabModel(lesson);
        lesson.load(clip(3), KernelBank.of(KernelPreset.BLUR.build(CUBE, 3)));
    }

    private Kernel lessonKernel(int n) {
        return lesson.bankProperty().get().get(n);
    }

    @Test
    void adoptsTheLessonsKernelsAndRecognisesPresets() {
        assertEquals(1, lab.slotsProperty().get().count());
        assertEquals("Space-time blur", lab.slotsProperty().get().slot(0).label());
        assertEquals(KernelPreset.BLUR, lab.presetProperty().get());
        assertEquals(new Axis3(4, 8, 8), lab.rulesProperty().get().shape().orElseThrow().output());
    }

    @Test
    void choosingAPresetReplacesTheSelectedKernel() {
        lab.choosePreset(KernelPreset.MOTION_RIGHT);
        assertEquals(KernelPreset.MOTION_RIGHT.build(CUBE, 3), lessonKernel(0));
        assertEquals(KernelPreset.MOTION_RIGHT.build(CUBE, 3), lesson.computedProperty().get().bank().get(0));

        assertTrue(lab.setSeedText("7"));
        assertTrue(lab.setStdText("0.25"));
        lab.choosePreset(KernelPreset.RANDOM);
        assertEquals(KernelPreset.randomGaussian(CUBE, 3, 7, 0.25), lessonKernel(0));
        assertTrue(lab.setSeedText("8"));
        assertEquals(KernelPreset.randomGaussian(CUBE, 3, 8, 0.25), lessonKernel(0), "a new seed rebuilds at once");
        assertEquals("Random, seed 8, std 0.25", lab.slotsProperty().get().slot(0).label());

        assertFalse(lab.setSeedText("-1"));
        assertFalse(lab.setStdText("0"));
        assertFalse(lab.setStdText(null));
        assertFalse(lab.setSeedText("4294967296"), "NumPy's seeds end at 2^32-1");
        assertTrue(lab.messageProperty().get().error());
        assertEquals(KernelPreset.randomGaussian(CUBE, 3, 8, 0.25), lessonKernel(0));
    }

    @Test
    void aSizeThatLeavesNoOutputIsRefusedWithTheReasonAndChangesNothing() {
        assertTrue(lab.setDilation(0, 1));
        assertFalse(lab.setDilation(0, 2), "5 frames dilated by 2 span 9, the tiny clip has 8");
        assertTrue(lab.geometryNoteProperty().get().contains("the output would be empty"),
                lab.geometryNoteProperty().get());
        assertEquals(ConvSpec.VALID, lesson.specProperty().get());

        assertTrue(lab.setKernelSize(0, 3));
        assertNull(lab.geometryNoteProperty().get(), "a working change clears the reason");
        assertEquals(KernelPreset.BLUR.build(new Axis3(3, 5, 5), 3), lessonKernel(0), "presets are rebuilt at the new size");
        assertTrue(lab.setDilation(0, 2));
        assertFalse(lab.setKernelSize(0, 5));
        assertEquals(new Axis3(3, 5, 5), lesson.bankProperty().get().size());
        assertNull(lesson.errorMessageProperty().get());
    }

    @Test
    void sameAndStridesExcludeEachOther() {
        assertTrue(lab.setPaddingMode(Padding.Mode.SAME));
        assertFalse(lab.setStride(1, 2));
        assertTrue(lab.geometryNoteProperty().get().contains("'same'"));
        assertTrue(lab.setPaddingMode(Padding.Mode.CUSTOM));
        assertEquals(Padding.of(2, 2, 2), lesson.specProperty().get().padding(), "custom starts from what 'same' added");
        assertTrue(lab.setStride(1, 2));
        assertFalse(lab.setPaddingMode(Padding.Mode.SAME));
        assertTrue(lab.setCustomPadding(2, 0));
        assertEquals(new ConvSpec(new Axis3(1, 2, 1), Padding.of(2, 2, 0), Axis3.all(1), false),
                lesson.specProperty().get());
        assertEquals(new Axis3(8, 6, 8), lesson.computedProperty().get().features().size());
        lab.setRelu(true);
        assertTrue(lesson.specProperty().get().relu());
    }

    @Test
    void weightEditsReachTheLessonAndItRecomputes() {
        var before = lesson.computedProperty().get();
        assertTrue(lab.setWeightText(1, 2, 3, 0, "\u22120.5"));
        assertEquals(-0.5f, lessonKernel(0).get(1, 2, 3, 0));
        assertSame(lesson.bankProperty().get(), lesson.computedProperty().get().bank());
        assertTrue(before != lesson.computedProperty().get());
        assertEquals("edited", lab.slotsProperty().get().slot(0).label());
        assertNull(lab.presetProperty().get(), "a hand-made kernel is no preset");

        Kernel k = lessonKernel(0);
        lab.negate();
        assertEquals(WeightEdits.negate(k), lessonKernel(0));
        lab.flipTime();
        assertEquals(WeightEdits.flipTime(WeightEdits.negate(k)), lessonKernel(0));
        lab.normalise();
        assertEquals(WeightEdits.normalise(WeightEdits.flipTime(WeightEdits.negate(k))), lessonKernel(0));
        assertTrue(lab.setBiasText("3"));
        assertEquals(3f, lessonKernel(0).bias());

        assertFalse(lab.setWeightText(0, 0, 0, 0, "lots"));
        assertTrue(lab.messageProperty().get().text().contains("\"lots\" is not a number"));
        assertTrue(lab.setStride(0, 2));
        assertNull(lab.messageProperty().get(), "a change that works clears the last problem");

        lab.choosePreset(KernelPreset.BLUR);
        assertEquals(KernelPreset.BLUR.build(CUBE, 3), lessonKernel(0), "the preset it started from comes back");
        assertEquals(3f - 3f, lessonKernel(0).bias());
    }

    @Test
    void draggingMovesOneWeightInStepsFixedWhenTheDragBegan() {
        // Blur weights are 1/375: steps of 0.0001, one per PIXELS_PER_STEP pixels.
        float start = lessonKernel(0).get(1, 2, 3, 2);
        lab.beginDrag(1, 2, 3, 2);
        assertTrue(lab.dragTo(-3 * WeightEdits.PIXELS_PER_STEP));
        assertEquals(start + 3e-4f, lessonKernel(0).get(1, 2, 3, 2), 1e-7f);
        assertFalse(lab.dragTo(-3 * WeightEdits.PIXELS_PER_STEP - 1), "same step, nothing to recompute");
        assertTrue(lab.dragTo(2 * WeightEdits.PIXELS_PER_STEP));
        assertEquals(start - 2e-4f, lessonKernel(0).get(1, 2, 3, 2), 1e-7f);
        lab.endDrag();
        assertFalse(lab.dragTo(-100));
        assertEquals(start - 2e-4f, lessonKernel(0).get(1, 2, 3, 2), 1e-7f);
    }

    @Test
    void theBankGrowsToEightAndSelectsWhatWasAdded() {
        lab.choosePreset(KernelPreset.SOBEL_X);
        assertTrue(lab.addKernel());
        assertEquals(2, lesson.bankProperty().get().count());
        assertEquals(1, lesson.kernelIndexProperty().get());
        assertEquals(KernelPreset.SOBEL_X.build(CUBE, 3), lessonKernel(1));
        for (int n = 2; n < LabBank.MAX_KERNELS; n++) {
            assertTrue(lab.addKernel());
        }
        assertFalse(lab.addKernel());
        assertTrue(lab.messageProperty().get().text().contains("at most 8"));

        lab.select(3);
        assertEquals(3, lesson.kernelIndexProperty().get());
        lab.choosePreset(KernelPreset.IDENTITY);
        assertEquals(KernelPreset.IDENTITY.build(CUBE, 3), lessonKernel(3));
        assertTrue(lab.removeKernel());
        assertEquals(7, lesson.bankProperty().get().count());
        assertEquals(KernelPreset.SOBEL_X.build(CUBE, 3), lessonKernel(3));
        assertEquals(3, lesson.kernelIndexProperty().get());
    }

    @Test
    void frameByFrameSendsTheKernelsSummedOverTimeAndBack() {
        lab.choosePreset(KernelPreset.TEMPORAL_DIFFERENCE);
        Kernel threeD = lessonKernel(0);
        lab.setFrameByFrame(true);
        assertEquals(FrameByFrame.flatten(threeD), lessonKernel(0));
        assertEquals(new Axis3(8, 8, 8), lesson.computedProperty().get().features().size());
        assertEquals(1, lab.shownKernelProperty().get().depth());
        assertFalse(lab.negate(), "the 2D kernel is derived, not edited");
        assertFalse(lab.setKernelSize(0, 3));
        assertFalse(lab.setDilation(0, 2), "fine for one frame, but 5 frames dilated by 2 need 9");
        assertTrue(lab.geometryNoteProperty().get().contains("back in 3D"), lab.geometryNoteProperty().get());
        lab.setFrameByFrame(false);
        assertEquals(threeD, lessonKernel(0));
    }

    @Test
    void backTo3dIsRefusedWhileTheLessonNoLongerFitsThe3dKernels() {
        lesson.setLessonSize(LessonSize.MEDIUM);
        lab.setFrameByFrame(true);
        assertTrue(lab.setDilation(0, 2), "16 frames hold 5 taps dilated by 2");
        lesson.setLessonSize(LessonSize.TINY);
        assertNull(lesson.errorMessageProperty().get(), "one frame still fits 8");
        lab.setFrameByFrame(false);
        assertTrue(lab.frameByFrameProperty().get());
        assertTrue(lab.geometryNoteProperty().get().startsWith("the 3D kernels give no output"),
                lab.geometryNoteProperty().get());
        assertEquals(1, lessonKernel(0).depth());
        assertTrue(lab.setDilation(0, 1));
        lab.setFrameByFrame(false);
        assertFalse(lab.frameByFrameProperty().get());
        assertEquals(5, lessonKernel(0).depth());
    }

    @Test
    void kernelsSetByOthersAreTakenAsTheyAre() {
        lab.setFrameByFrame(true);
        Kernel odd = new Kernel(3, 3, 3, 3, new float[81]);
        lesson.setKernelBank(KernelBank.of(odd));
        assertFalse(lab.frameByFrameProperty().get());
        assertEquals("edited", lab.slotsProperty().get().slot(0).label());
        assertEquals(new Axis3(3, 3, 3), lab.rulesProperty().get().kernel());
    }

    @Test
    void banksSaveAndLoadAsJsonAndNpy(@TempDir Path dir) throws IOException {
        lab.choosePreset(KernelPreset.SOBEL_Y);
        lab.addKernel();
        lab.setBiasText("1.5");
        KernelBank bank = lesson.bankProperty().get();
        assertTrue(lab.saveBank(dir.resolve("bank")), String.valueOf(lab.messageProperty().get()));
        assertTrue(Files.exists(dir.resolve("bank.json")), "a name without extension gets .json");
        assertTrue(lab.saveBank(dir.resolve("bank.npy")));
        assertTrue(lab.messageProperty().get().text().contains("no place for biases"));
        assertTrue(lab.saveKernel(dir.resolve("one.json")));

        lab.removeKernel();
        assertTrue(lab.load(dir.resolve("bank.json")));
        assertEquals(bank, lesson.bankProperty().get());
        assertEquals("Loaded 2 kernels of 5x5x5 from bank.json", lab.messageProperty().get().text());
        assertTrue(lab.load(dir.resolve("one.json")));
        assertEquals(KernelBank.of(bank.get(1)), lesson.bankProperty().get());
        assertTrue(lab.load(dir.resolve("bank.npy")));
        assertEquals(bank.get(0), lessonKernel(0));
        assertEquals(0f, lessonKernel(1).bias());
    }

    @Test
    void unreadableFilesGiveOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        KernelBank current = lesson.bankProperty().get();
        Path gray = dir.resolve("gray.json");
        KernelJson.write(gray, KernelBank.of(KernelPreset.BLUR.build(CUBE, 1)));
        assertFalse(lab.load(gray));
        String text = lab.messageProperty().get().text();
        assertTrue(text.startsWith("gray.json: ") && text.contains("channel") && !text.contains("\n"), text);

        Path grayNpy = dir.resolve("gray.npy");
        app.conv3d.io.KernelFiles.write(grayNpy, KernelBank.of(KernelPreset.BLUR.build(CUBE, 1)));
        assertFalse(lab.load(grayNpy));
        assertTrue(lab.messageProperty().get().text().contains("has 1 channel per tap but the clip has 3"));

        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertFalse(lab.load(dir.resolve("notes.txt")));
        assertTrue(lab.messageProperty().get().text().contains("neither a .npy nor a .json"));
        assertFalse(lab.load(dir.resolve("missing.json")));
        assertTrue(lab.messageProperty().get().text().startsWith("missing.json: "));
        Files.writeString(dir.resolve("broken.json"), "{\"kernels\": [");
        assertFalse(lab.load(dir.resolve("broken.json")));
        assertTrue(lab.messageProperty().get().error());

        Path huge = dir.resolve("huge.json");
        KernelJson.write(huge, KernelBank.of(KernelPreset.BLUR.build(Axis3.all(9), 3)));
        assertFalse(lab.load(huge), "9 frames do not fit the tiny clip's 8");
        assertTrue(lab.messageProperty().get().text().contains("no output"));
        assertEquals(current, lesson.bankProperty().get());
        assertNotNull(lab.rulesProperty().get());
    }
}
