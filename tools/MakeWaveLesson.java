import app.conv3d.capture.SampleClip;
import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Normalization;
import app.conv3d.io.LessonFile;
import app.conv3d.io.LessonView;
import app.conv3d.io.SavedLesson;
import app.conv3d.ui.lesson.LessonSize;
import java.nio.file.Path;

/**
 * Writes the lesson file that CI's packaged launcher photographs and LessonFixtureTest opens: the built-in wave at
 * the tiny lesson size under the temporal-difference kernel in diverging colours, the motion lesson's first step.
 * Run after a build: {@code java -cp target/classes tools/MakeWaveLesson.java src/test/resources/app/conv3d/io/wave-tiny.c3dlesson}
 */
public class MakeWaveLesson {
    public static void main(String[] args) throws Exception {
        Axis3 size = LessonSize.TINY.size();
        KernelBank bank = KernelBank.of(KernelPreset.TEMPORAL_DIFFERENCE.build(Axis3.all(3), 3));
        SavedLesson lesson = new SavedLesson(SampleClip.generate(16, 48, 48), bank,
                ConvSpec.VALID, size, new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING), 0,
                new Axis3(0, 0, 0), LessonView.DEFAULT);
        LessonFile.save(Path.of(args[0]), lesson);
    }
}
