package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Padding;
import app.conv3d.core.StepSize;
import app.conv3d.core.Volume;
import app.conv3d.io.LessonFile;
import app.conv3d.io.RecentLessons;
import app.conv3d.ui.files.LessonCommands;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.lesson.Speed;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Save, change everything back to the start, open: every setting the window shows, in the model and in its
 * own controls, is what it was before saving.
 */
@ExtendWith(ApplicationExtension.class)
class LessonRoundTripTest {
    @TempDir
    Path dir;

    private Lesson lesson;
    private LessonCommands commands;
    private ExplorerPage page;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        lesson.load(clip(), kernels());
        stage.setScene(new MainWindow(lesson, 1280, 720).scene());
        stage.show();
    }

    @Test
    void everySettingAfterSaveAndOpenIsWhatItWasBefore(FxRobot robot) throws Exception {
        page = new ExplorerPage(robot);
        commands = new LessonCommands(lesson, Runnable::run, Runnable::run, new RecentLessons(dir.resolve("recent.txt")));
        onFx(() -> {
            lesson.setSpec(ConvSpec.VALID.withPadding(Padding.SAME).withDilation(new Axis3(1, 2, 1)).withRelu(true));
            lesson.selectKernel(1);
            lesson.setDisplay(new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING));
            lesson.moveTo(2, 5, 7);
            lesson.setShowAll(true);
            lesson.setStepSize(StepSize.ROW);
            lesson.setSpeed(Speed.FAST);
            lesson.selectMathFrame(2);
            lesson.selectMathChannel(1);
            lesson.showSlice(4);
            return null;
        });
        Map<String, String> before = settings();
        Map<String, String> controlsBefore = onFx(page::controlsShown);
        assertEquals("diverging", controlsBefore.get("colormapChoice"), "the controls follow the model");
        Path file = dir.resolve("lesson" + LessonFile.EXTENSION);
        assertTrue(await(onFx(() -> commands.saveLesson(file))));

        onFx(() -> { // everything back to how the window starts, but small
            lesson.setSpec(ConvSpec.VALID);
            lesson.selectKernel(0);
            lesson.setDisplay(new FeatureDisplay(Normalization.MAX, Colormap.GRAY));
            lesson.reset();
            lesson.setStepSize(StepSize.POSITION);
            lesson.setSpeed(Speed.NORMAL);
            lesson.selectMathFrame(0);
            lesson.selectMathChannel(0);
            return null;
        });
        assertNotEquals(before, settings());
        assertNotEquals(controlsBefore, onFx(page::controlsShown));

        assertTrue(await(onFx(() -> commands.openLesson(file))));
        assertEquals(before, settings());
        assertEquals(controlsBefore, onFx(page::controlsShown));
    }

    /** Every observable setting of the lesson model, by name. */
    private Map<String, String> settings() throws Exception {
        return onFx(() -> {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("lessonSize", lesson.lessonSizeProperty().get().toString());
            s.put("spec", lesson.specProperty().get().toString());
            s.put("computedSpec", lesson.computedProperty().get().spec().toString());
            s.put("kernels", lesson.bankProperty().get().count() + " " + Arrays.toString(lesson.bankProperty().get().get(1).weights())
                    + " bias " + lesson.bankProperty().get().get(1).bias());
            s.put("clip", lesson.sourceClipProperty().get().size() + " " + lesson.sourceClipProperty().get().get(3, 4, 5, 1));
            s.put("kernelIndex", String.valueOf(lesson.kernelIndexProperty().get()));
            s.put("display", lesson.displayProperty().get().toString());
            s.put("position", String.valueOf(lesson.positionProperty().get()));
            s.put("showAll", String.valueOf(lesson.showAllProperty().get()));
            s.put("stepSize", lesson.stepSizeProperty().get().toString());
            s.put("speed", lesson.speedProperty().get().toString());
            s.put("mathFrame", String.valueOf(lesson.mathFrameProperty().get()));
            s.put("mathChannel", String.valueOf(lesson.mathChannelProperty().get()));
            s.put("viewSlice", String.valueOf(lesson.viewSliceProperty().get()));
            s.put("playing", String.valueOf(lesson.playingProperty().get()));
            return s;
        });
    }

    /** 16 frames of 32x32 random colours (also the start options' test clip). */
    static Volume clip() {
        Random rnd = new Random(3);
        float[] data = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(16, 32, 32, 3, data);
    }

    private static KernelBank kernels() {
        Random rnd = new Random(4);
        Kernel[] k = new Kernel[2];
        for (int n = 0; n < k.length; n++) {
            float[] w = new float[3 * 3 * 3 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (0.5 * rnd.nextGaussian());
            }
            k[n] = new Kernel(3, 3, 3, 3, w, 0.5f + n);
        }
        return KernelBank.of(k);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        T value = f.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }
}
