package app.conv3d.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.train.TrainingOptions;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.train.TrainRun;
import app.conv3d.ui.train.TrainRunModel;
import app.conv3d.ui.train.TrainRunPractice;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Save lesson keeps the Train mode, File ▸ Open brings it back; without a toolkit (direct executors). */
class TrainingLessonTest {
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private static Lesson lesson() {
        Lesson lesson = new Lesson(NOW, NOW);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(new Volume(8, 12, 12, 3, new float[8 * 12 * 12 * 3]),
                KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 0.5f)));
        return lesson;
    }

    private LessonCommands commands(Lesson lesson, TrainRunModel training) {
        LessonCommands c = new LessonCommands(lesson, NOW, NOW, new RecentLessons(dir.resolve("recent.txt")));
        c.setTraining(training);
        return c;
    }

    @Test
    void aSavedLessonBringsBackTheClipsTheModelAndItsCurves() throws Exception {
        TrainRunModel trained = new TrainRunModel(NOW, NOW);
        trained.setOptions(new TrainingOptions(2, Axis3.all(3), 3, 4, 0.02, 9));
        trained.setData(TrainRunPractice.make(3, new Axis3(8, 12, 12), 2));
        trained.train();
        TrainRun run = trained.runProperty().get();
        Path file = dir.resolve("trained" + LessonFile.EXTENSION);
        assertTrue(commands(lesson(), trained).saveLesson(file).get(10, TimeUnit.SECONDS));

        TrainRunModel opened = new TrainRunModel(NOW, NOW);
        assertTrue(commands(lesson(), opened).openLesson(file).get(10, TimeUnit.SECONDS));
        TrainRun back = opened.runProperty().get();
        assertEquals(run.curves(), back.curves());
        assertEquals(run.rawBank(), back.rawBank());
        assertEquals(run.options(), opened.optionsProperty().get());
        assertEquals(trained.splitProperty().get(), opened.splitProperty().get());
        assertEquals(run.confusion().accuracy(), back.confusion().accuracy(), 1e-12);
        assertEquals(trained.dataProperty().get().classes(), opened.dataProperty().get().classes());
        assertNotSame(trained.dataProperty().get(), opened.dataProperty().get());
    }

    @Test
    void aLessonWithoutTrainingLeavesTheTrainModeAsItWas() throws Exception {
        Path file = dir.resolve("plain" + LessonFile.EXTENSION);
        assertTrue(commands(lesson(), new TrainRunModel(NOW, NOW)).saveLesson(file).get(10, TimeUnit.SECONDS));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            assertEquals(3, zip.size(), "no clips: no training entries");
        }
        TrainRunModel kept = new TrainRunModel(NOW, NOW);
        kept.setData(TrainRunPractice.make(2, new Axis3(8, 12, 12), 2));
        var before = kept.dataProperty().get();
        assertTrue(commands(lesson(), kept).openLesson(file).get(10, TimeUnit.SECONDS));
        assertEquals(before, kept.dataProperty().get());
    }
}
