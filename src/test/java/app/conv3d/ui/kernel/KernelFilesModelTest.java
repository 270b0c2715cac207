package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.io.KernelJson;
import app.conv3d.ui.lesson.Lesson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's files, without a toolkit. */
class KernelFilesModelTest {
    private static final Axis3 CUBE = TinyLab.CUBE;
    private final TinyLab tiny = new TinyLab();
    private final Lesson lesson = tiny.lesson;
    private final KernelLabModel lab = tiny.lab;

    @Test
    void banksSaveAndLoadAsJsonAndNpy(@TempDir Path dir) throws IOException {
        lab.presets().choosePreset(KernelPreset.SOBEL_Y);
        lab.addKernel();
        lab.weights().setBiasText("1.5");
        KernelBank bank = lesson.bankProperty().get();
        assertTrue(lab.files().saveBank(dir.resolve("bank")), String.valueOf(lab.messageProperty().get()));
        assertTrue(Files.exists(dir.resolve("bank.json")), "a name without extension gets .json");
        assertTrue(lab.files().saveBank(dir.resolve("bank.npy")));
        assertTrue(lab.messageProperty().get().text().contains("no place for biases"));
        assertTrue(lab.files().saveKernel(dir.resolve("one.json")));

        lab.removeKernel();
        assertTrue(lab.files().load(dir.resolve("bank.json")));
        assertEquals(bank, lesson.bankProperty().get());
        assertEquals("Loaded 2 kernels of 5x5x5 from bank.json", lab.messageProperty().get().text());
        assertTrue(lab.files().load(dir.resolve("one.json")));
        assertEquals(KernelBank.of(bank.get(1)), lesson.bankProperty().get());
        assertTrue(lab.files().load(dir.resolve("bank.npy")));
        assertEquals(bank.get(0), tiny.lessonKernel(0));
        assertEquals(0f, tiny.lessonKernel(1).bias());
    }

    @Test
    void unreadableFilesGiveOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        KernelBank current = lesson.bankProperty().get();
        Path gray = dir.resolve("gray.json");
        KernelJson.write(gray, KernelBank.of(KernelPreset.BLUR.build(CUBE, 1)));
        assertFalse(lab.files().load(gray));
        String text = lab.messageProperty().get().text();
        assertTrue(text.startsWith("gray.json: ") && text.contains("channel") && !text.contains("\n"), text);

        Path grayNpy = dir.resolve("gray.npy");
        app.conv3d.io.KernelFiles.write(grayNpy, KernelBank.of(KernelPreset.BLUR.build(CUBE, 1)));
        assertFalse(lab.files().load(grayNpy));
        assertTrue(lab.messageProperty().get().text().contains("has 1 channel per tap but the clip has 3"));

        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertFalse(lab.files().load(dir.resolve("notes.txt")));
        assertTrue(lab.messageProperty().get().text().contains("neither a .npy nor a .json"));
        assertFalse(lab.files().load(dir.resolve("missing.json")));
        assertTrue(lab.messageProperty().get().text().startsWith("missing.json: "));
        Files.writeString(dir.resolve("broken.json"), "{\"kernels\": [");
        assertFalse(lab.files().load(dir.resolve("broken.json")));
        assertTrue(lab.messageProperty().get().error());

        Path huge = dir.resolve("huge.json");
        KernelJson.write(huge, KernelBank.of(KernelPreset.BLUR.build(Axis3.all(9), 3)));
        assertFalse(lab.files().load(huge), "9 frames do not fit the tiny clip's 8");
        assertTrue(lab.messageProperty().get().text().contains("no output"));
        assertEquals(current, lesson.bankProperty().get());
        assertNotNull(lab.rulesProperty().get());
    }
}
