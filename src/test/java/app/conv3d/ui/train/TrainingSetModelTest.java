package app.conv3d.ui.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.capture.TestPatternAct;
import app.conv3d.core.Axis3;
import app.conv3d.core.Volume;
import app.conv3d.core.VolumeResize;
import app.conv3d.io.Volumes;
import app.conv3d.train.Drift;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.MotionClips;
import app.conv3d.train.MotionClips.Motion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSetModelTest {
    private static final Axis3 SIZE = new Axis3(8, 16, 16);
    private final TrainingSetModel model = new TrainingSetModel(SIZE, Runnable::run, Runnable::run);
    private final MotionClips motion = new MotionClips(4);

    @TempDir
    Path dir;

    @Test
    void startsWithWaveRightWaveLeftAndStillWithoutClips() {
        assertEquals(List.of("wave right", "wave left", "still"), model.classes());
        assertEquals(0, model.clips().size());
        assertFalse(model.readyProperty().get());
        assertEquals("“wave right” has no clips yet", model.problemProperty().get());
    }

    @Test
    void keepsTwoToFourClasses() {
        assertTrue(model.addClass());
        assertEquals("class 4", model.classes().get(3));
        assertFalse(model.addClass());
        assertFalse(model.canAddClassProperty().get());
        assertEquals(4, model.classCount());
        assertTrue(model.removeClass(3));
        assertTrue(model.removeClass(2));
        assertFalse(model.removeClass(0));
        assertFalse(model.canRemoveClassProperty().get());
        assertEquals(List.of("wave right", "wave left"), model.classes());
    }

    @Test
    void aNewClassTakesAFreeName() {
        model.rename(2, "class 4");
        model.addClass();
        assertEquals("class 5", model.name(3));
    }

    @Test
    void renamesAndReadsABlankNameAsItsNumber() {
        model.rename(2, "  clap ");
        assertEquals("clap", model.classes().get(2));
        model.rename(2, "   ");
        assertEquals("class 3", model.classes().get(2));
        assertEquals("   ", model.typedName(2));
    }

    @Test
    void twoClassesOfOneNameAreAProblem() {
        fillEveryClass();
        assertTrue(model.readyProperty().get());
        model.rename(1, "Wave Right");
        assertFalse(model.readyProperty().get());
        assertEquals("two classes are called “Wave Right”", model.problemProperty().get());
    }

    @Test
    void clipsAreResizedToTheClipSizeAndLabelledByClass() {
        model.addClip(0, motion.next(Motion.RIGHT, 16, 40, 30));
        model.addClip(2, motion.next(Motion.STILL, 8, 16, 16));
        assertEquals(List.of(0, 2), model.clips().stream().map(LabeledClip::label).toList());
        for (LabeledClip c : model.clips()) {
            assertEquals(SIZE, c.clip().size());
        }
        assertEquals(1, model.clipCount(0));
        model.removeClip(0, 0);
        assertEquals(0, model.clipCount(0));
        assertEquals(List.of(2), model.clips().stream().map(LabeledClip::label).toList());
    }

    @Test
    void resizingUsesTheLessonsOneResizer() {
        Volume big = motion.next(Motion.LEFT, 16, 40, 30);
        model.addClip(1, big);
        assertArrayEquals(VolumeResize.to(big, SIZE).data(), model.clipsOf(1).get(0).data());
    }

    @Test
    void everyChangeIsAnnounced() {
        int before = model.revisionProperty().get();
        model.rename(0, "left hand");
        model.addClip(0, motion.next(Motion.LEFT, 8, 16, 16));
        model.mirrorProperty().set(true);
        model.setMirrorTicked(2, true);
        assertEquals(before + 4, model.revisionProperty().get());
    }

    @Test
    void rightAndLeftAreAMirrorPairByTheirNamesAndStillIsNot() {
        assertTrue(model.mirrorTicked(0));
        assertTrue(model.mirrorTicked(1));
        assertFalse(model.mirrorTicked(2));
        assertEquals(1, model.mirrorPartner(0));
        assertEquals(0, model.mirrorPartner(1));
        assertEquals(-1, model.mirrorPartner(2));
        assertArrayEquals(new int[] {1, 0, 2}, model.mirrorLabels());
    }

    @Test
    void spanishNamesPairToo() {
        model.rename(0, "mano a la izquierda");
        model.rename(1, "Mano a la Derecha");
        assertEquals(1, model.mirrorPartner(0));
    }

    @Test
    void theTeacherTicksAPairTheNamesDoNotShow() {
        model.rename(0, "clockwise");
        model.rename(1, "anticlockwise");
        assertEquals(-1, model.mirrorPartner(0));
        model.setMirrorTicked(0, true);
        assertEquals(-1, model.mirrorPartner(0), "one tick alone pairs nothing");
        model.setMirrorTicked(1, true);
        assertEquals(1, model.mirrorPartner(0));
        assertArrayEquals(new int[] {1, 0, 2}, model.mirrorLabels());
    }

    @Test
    void untickingAClassTakesItOutOfItsPair() {
        model.setMirrorTicked(1, false);
        assertEquals(-1, model.mirrorPartner(0));
        assertArrayEquals(new int[] {0, 1, 2}, model.mirrorLabels());
    }

    @Test
    void augmentationMultipliesTheClipsAndMirrorsSwapRightAndLeft() {
        model.addClip(0, motion.next(Motion.RIGHT, 8, 16, 16));
        model.addClip(1, motion.next(Motion.LEFT, 8, 16, 16));
        model.addClip(2, motion.next(Motion.STILL, 8, 16, 16));
        assertEquals(3, model.trainingClips().size());
        model.mirrorProperty().set(true);
        List<LabeledClip> mirrored = model.trainingClips();
        assertEquals(6, mirrored.size());
        assertEquals(List.of(0, 1, 2, 1, 0, 2), mirrored.stream().map(LabeledClip::label).toList());
        assertTrue(Drift.of(mirrored.get(3).clip()) < 0, "right mirrored goes left, labelled left");
        model.shiftProperty().set(true);
        model.brightnessProperty().set(true);
        assertEquals(12, model.trainingClips().size());
        assertEquals(3, model.clips().size(), "the clips themselves stay as recorded");
    }

    @Test
    void trainingClipsAreTheSameEveryTime() {
        fillEveryClass();
        model.shiftProperty().set(true);
        List<LabeledClip> a = model.trainingClips();
        List<LabeledClip> b = model.trainingClips();
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).clip().data(), b.get(i).clip().data());
        }
    }

    @Test
    void restoreLoadsClassesAndClips() {
        model.mirrorProperty().set(true);
        model.setMirrorTicked(2, true);
        model.restore(List.of("up", "down"), List.of(new LabeledClip(motion.next(Motion.STILL, 16, 32, 32), 1),
                new LabeledClip(motion.next(Motion.STILL, 8, 16, 16), 0)));
        assertEquals(List.of("up", "down"), model.classes());
        assertEquals(List.of(0, 1), model.clips().stream().map(LabeledClip::label).toList());
        assertEquals(SIZE, model.clips().get(1).clip().size());
        assertFalse(model.mirrorTicked(1), "ticks go back to what the names say");
        assertTrue(model.mirrorProperty().get(), "the augmentation stays");
        assertTrue(model.readyProperty().get());
    }

    @Test
    void restoreRefusesTooFewClassesOrALabelOfNone() {
        Volume clip = motion.next(Motion.STILL, 8, 16, 16);
        assertThrows(IllegalArgumentException.class, () -> model.restore(List.of("one"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> model.restore(List.of("a", "b", "c", "d", "e"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> model.restore(List.of("a", "b"), List.of(new LabeledClip(clip, 2))));
        assertEquals(List.of("wave right", "wave left", "still"), model.classes(), "nothing changed");
    }

    @Test
    void theVirtualCameraActsWhatEachClassIsCalled() {
        assertEquals(TestPatternAct.RIGHT, model.act(0));
        assertEquals(TestPatternAct.LEFT, model.act(1));
        assertEquals(TestPatternAct.STILL, model.act(2));
        model.rename(0, "mano quieta");
        model.rename(1, "clap");
        model.rename(2, "mano a la izquierda");
        assertEquals(List.of(TestPatternAct.STILL, TestPatternAct.RIGHT, TestPatternAct.LEFT),
                List.of(model.act(0), model.act(1), model.act(2)));
    }

    @Test
    void aTickedPairWithoutSidesActsRightThenLeft() {
        model.rename(0, "clockwise");
        model.rename(1, "anticlockwise");
        model.setMirrorTicked(0, true);
        model.setMirrorTicked(1, true);
        assertEquals(List.of(TestPatternAct.RIGHT, TestPatternAct.LEFT), List.of(model.act(0), model.act(1)));
    }

    @Test
    void importIntoAnEmptySetTakesTheFoldersClasses() throws IOException {
        Path data = folder("clap", 2, "wave", 3);
        model.importFolder(data);
        assertEquals(List.of("clap", "wave"), model.classes());
        assertEquals(List.of(0, 0, 1, 1, 1), model.clips().stream().map(LabeledClip::label).toList());
        assertEquals(SIZE, model.clips().get(0).clip().size());
        assertEquals("Imported 5 clips of 2 classes from " + data, model.messageProperty().get());
        assertFalse(model.messageIsErrorProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void importAddsToClassesOfTheSameNameAndNewOnesAtTheEnd() throws IOException {
        model.addClip(0, motion.next(Motion.RIGHT, 8, 16, 16));
        model.importFolder(folder("Wave Right", 2, "jump", 1));
        assertEquals(List.of("wave right", "wave left", "still", "jump"), model.classes());
        assertEquals(3, model.clipCount(0));
        assertEquals(1, model.clipCount(3));
    }

    @Test
    void aFolderThatWouldMakeTooManyClassesChangesNothing() throws IOException {
        model.addClip(0, motion.next(Motion.RIGHT, 8, 16, 16));
        Path data = folder("jump", 1, "clap", 1);
        model.importFolder(data);
        assertEquals(List.of("wave right", "wave left", "still"), model.classes());
        assertEquals(1, model.clips().size());
        assertEquals("Nothing imported: " + data + " would make 5 classes; at most 4", model.messageProperty().get());
        assertTrue(model.messageIsErrorProperty().get());
    }

    @Test
    void aBadFolderChangesNothingAndSaysWhereAndWhat() throws IOException {
        model.addClip(0, motion.next(Motion.RIGHT, 8, 16, 16));
        Path data = folder("clap", 1, "wave", 1);
        Files.writeString(data.resolve("wave").resolve("broken.npy"), "not a clip");
        model.importFolder(data);
        assertEquals(1, model.clips().size());
        String message = model.messageProperty().get();
        assertTrue(message.startsWith("Nothing imported: " + data.resolve("wave").resolve("broken.npy")), message);
        assertFalse(message.contains("\n"));
        assertTrue(model.messageIsErrorProperty().get());

        Path oneClass = dir.resolve("one");
        Files.createDirectories(oneClass.resolve("only"));
        model.importFolder(oneClass);
        assertTrue(model.messageProperty().get().startsWith("Nothing imported: " + oneClass + ": "),
                model.messageProperty().get());
        model.importFolder(dir.resolve("missing"));
        assertEquals("Nothing imported: " + dir.resolve("missing") + ": no such folder", model.messageProperty().get());
        assertEquals(1, model.clips().size());
    }

    /** {@code dir/<name>/clip-k.npy}, for two classes. */
    private Path folder(String a, int na, String b, int nb) throws IOException {
        Path root = Files.createTempDirectory(dir, "set");
        write(root.resolve(a), na);
        write(root.resolve(b), nb);
        return root;
    }

    private void write(Path classFolder, int n) throws IOException {
        Files.createDirectories(classFolder);
        for (int k = 0; k < n; k++) {
            Volumes.write(classFolder.resolve("clip-" + k + ".npy"), motion.next(Motion.STILL, 8, 24, 24));
        }
    }

    private void fillEveryClass() {
        for (int i = 0; i < model.classCount(); i++) {
            model.addClip(i, motion.next(Motion.STILL, 8, 16, 16));
        }
    }
}
