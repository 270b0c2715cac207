package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.TrainingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson that keeps the Train mode's clips, model and curves, and lessons from before that still open. */
class LessonTrainingFileTest {
    private static final Axis3 CLIP = new Axis3(4, 6, 6);

    @TempDir
    Path dir;

    static SavedTraining training(boolean withModel) {
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            float[] d = new float[(int) CLIP.product() * 3];
            for (int j = 0; j < d.length; j++) {
                d[j] = (j * 7 + i * 31) % 256;
            }
            clips.add(new LabeledClip(new Volume(CLIP.t(), CLIP.h(), CLIP.w(), 3, d), i % 2));
        }
        TrainingOptions options = new TrainingOptions(2, Axis3.all(3), 7, 4, 0.02, 11);
        if (!withModel) {
            return new SavedTraining(List.of("wave right", "still \"quiet\""), clips, options, null, List.of());
        }
        float[] w = new float[81];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) Math.cos(i) / 5;
        }
        KernelBank bank = KernelBank.of(new Kernel(3, 3, 3, 3, w, 0.25f), new Kernel(3, 3, 3, 3, w.clone(), -0.5f));
        ClipClassifier model = new ClipClassifier(List.of("wave right", "still \"quiet\""), CLIP, bank,
                new float[] {1.5f, -2f, 0.125f, 3f}, new float[] {0.5f, -0.25f});
        List<CurvePoint> curves = List.of(new CurvePoint(1, 0.9, 0.5, 0.95, 0.4),
                new CurvePoint(2, 0.6, 0.75, Double.NaN, Double.NaN));
        return new SavedTraining(model.classes(), clips, options, model, curves);
    }

    @Test
    void theTrainingSetModelAndCurvesRoundTrip() throws IOException {
        SavedTraining saved = training(true);
        Path file = dir.resolve("t" + LessonFile.EXTENSION);
        LessonFile.save(file, LessonFileTest.lesson(), saved);
        LessonFile.Opened read = LessonFile.read(file);
        SavedTraining back = read.training().orElseThrow();
        assertEquals(saved.classes(), back.classes());
        assertEquals(saved.options(), back.options());
        assertEquals(saved.curves().size(), back.curves().size());
        assertEquals(saved.curves().get(0), back.curves().get(0));
        assertTrue(Double.isNaN(back.curves().get(1).heldOutAccuracy()), "nothing held out stays nothing held out");
        assertEquals(saved.clips().size(), back.clips().size());
        for (int i = 0; i < saved.clips().size(); i++) {
            assertEquals(saved.clips().get(i).label(), back.clips().get(i).label());
            assertArrayEquals(saved.clips().get(i).clip().data(), back.clips().get(i).clip().data());
        }
        assertEquals(saved.model().bank(), back.model().bank());
        assertArrayEquals(saved.model().weights(), back.model().weights());
        assertEquals(saved.model().clipSize(), back.model().clipSize());
        assertEquals(LessonFileTest.lesson().bank(), read.lesson().bank(), "the lesson itself as ever");
        assertEquals(List.of("lesson.json", "clip.npy", "kernels.npy", "training/classes.json", "training/clips.npy",
                "training/model.json", "training/curves.json"), List.copyOf(LessonFileTest.entries(file).keySet()));
    }

    @Test
    void clipsWithoutAModelKeepNoModelEntries() throws IOException {
        Path file = dir.resolve("t" + LessonFile.EXTENSION);
        LessonFile.save(file, LessonFileTest.lesson(), training(false));
        SavedTraining back = LessonFile.read(file).training().orElseThrow();
        assertNull(back.model());
        assertTrue(back.curves().isEmpty());
        assertEquals(5, back.clips().size());
        assertFalse(LessonFileTest.entries(file).containsKey("training/model.json"));
    }

    @Test
    void aLessonFromBeforeTheTrainModeOpensWithoutTraining() throws IOException {
        Path file = dir.resolve("old" + LessonFile.EXTENSION);
        LessonFile.save(file, LessonFileTest.lesson());
        assertTrue(LessonFile.read(file).training().isEmpty());
        assertEquals(3, LessonFileTest.entries(file).size());
    }

    @Test
    void damagedTrainingEntriesAreOneLineNamingTheFileAndTheEntry() throws IOException {
        assertRefused(edited("training/classes.json", s -> s.replace("\"labels\": [", "\"labels\": [\"x\", ")),
                "training/classes.json: labels[0] must be a whole number");
        assertRefused(edited("training/classes.json", s -> s.replace("\"seed\": 11", "\"seed\": -3")),
                "training/classes.json: options.seed must be 0..");
        assertRefused(edited("training/classes.json", s -> s.replace("{", "[")),
                "training/classes.json is not valid JSON");
        assertRefused(edited("training/curves.json", s -> s.replace("\"trainLoss\": 0.9", "\"trainLoss\": \"a\"")),
                "training/curves.json: curves[0].trainLoss must be a number");
        assertRefused(edited("training/model.json", s -> s.replace("\"linear\"", "\"linear-ish\"")),
                "training/model.json: unknown key");
        assertRefused(edited("training/classes.json", s -> s.replace("\"labels\": [0, ", "\"labels\": [")),
                "training/clips.npy must have shape (4, T, H, W, 3)");
        Map<String, byte[]> e = LessonFileTest.entries(savedWithTraining());
        e.remove("training/clips.npy");
        assertRefused(write(e), "is damaged: it has no training/clips.npy");
    }

    private Path savedWithTraining() throws IOException {
        Path file = dir.resolve("good" + LessonFile.EXTENSION);
        LessonFile.save(file, LessonFileTest.lesson(), training(true));
        return file;
    }

    private Path edited(String entry, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> e = LessonFileTest.entries(savedWithTraining());
        String before = new String(e.get(entry), StandardCharsets.UTF_8);
        String after = edit.apply(before);
        assertFalse(before.equals(after), "the edit must change " + entry);
        e.put(entry, after.getBytes(StandardCharsets.UTF_8));
        return write(e);
    }

    private Path write(Map<String, byte[]> entries) throws IOException {
        return LessonFileTest.zip(dir.resolve("edited" + LessonFile.EXTENSION), entries);
    }

    private static void assertRefused(Path file, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> LessonFile.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), m);
        assertTrue(m.contains(expected), m);
        assertFalse(m.contains("\n"), m);
    }
}
