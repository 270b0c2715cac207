package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One kernel and one kernel frame have one number in every label of the window: PyTorch's 0-based index. */
@ExtendWith(ApplicationExtension.class)
class OneNumberingTest {
    private Lesson lesson;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY);
        Random rnd = new Random(2);
        float[] data = new float[16 * 32 * 32 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        Axis3 five = Axis3.all(5);
        lesson.load(new Volume(16, 32, 32, 3, data), KernelBank.of(KernelPreset.BLUR.build(five, 3),
                KernelPreset.SOBEL_X.build(five, 3), KernelPreset.TEMPORAL_DIFFERENCE.build(five, 3),
                KernelPreset.IDENTITY.build(five, 3)));
        stage.setScene(new MainWindow(lesson, 1280, 720).scene());
        stage.show();
    }

    @Test
    void kernelTwoFrameThreeIsCalledTwoAndThreeEverywhere(FxRobot robot) {
        ExplorerPage page = new ExplorerPage(robot);
        page.clickKernelLab();
        robot.interact(() -> {
            lesson.selectKernel(2);
            lesson.selectMathFrame(3);
        });
        page.chooseLabFrame(3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(2), numbers(robot, page).get("kernel"), "kernel numbers shown");
        assertEquals(Set.of(3), numbers(robot, page).get("frame"), "kernel frame numbers shown");
    }

    private static Map<String, Set<Integer>> numbers(FxRobot robot, ExplorerPage page) {
        Object[] out = new Object[1];
        robot.interact(() -> out[0] = page.kernelAndFrameNumbersShown());
        @SuppressWarnings("unchecked")
        Map<String, Set<Integer>> m = (Map<String, Set<Integer>>) out[0];
        return m;
    }
}
