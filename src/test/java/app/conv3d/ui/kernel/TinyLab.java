package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Random;

/**
 * The lab's models on a tiny lesson (8 frames of 12x12, one 5x5x5 blur) whose background and FX thread are both
 * the calling thread: every change has recomputed when the command returns, with no toolkit.
 */
final class TinyLab {
    static final Axis3 CUBE = Axis3.all(5);

    final Lesson lesson = new Lesson(Runnable::run, Runnable::run);
    final KernelLabModel lab;

    TinyLab() {
        lesson.setLessonSize(LessonSize.TINY);
        lab = new KernelLabModel(lesson);
        lesson.load(clip(3), KernelBank.of(KernelPreset.BLUR.build(CUBE, 3)));
    }

    /** Kernel {@code n} as the lesson has it now. */
    Kernel lessonKernel(int n) {
        return lesson.bankProperty().get().get(n);
    }

    static Volume clip(int channels) {
        Random rnd = new Random(3);
        float[] data = new float[8 * 12 * 12 * channels];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(8, 12, 12, channels, data);
    }
}
