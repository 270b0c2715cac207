package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.train.ClipClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonTest {
    @TempDir
    Path dir;

    private static ClipClassifier model() {
        float[] w = new float[2 * 3 * 3 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) Math.sin(i) / 7;
        }
        KernelBank bank = KernelBank.of(new Kernel(2, 3, 3, 3, w, 0.25f), new Kernel(2, 3, 3, 3, w, -1e-7f));
        return new ClipClassifier(List.of("wave \"right\"", "still"), new Axis3(4, 6, 8), bank,
                new float[] {1.5f, -2f, 3e-8f, 0.1f}, new float[] {0.3f, -0.3f});
    }

    @Test
    void aModelReadsBackExactly() throws IOException {
        Path file = dir.resolve("model.json");
        ClipClassifier written = model();
        ModelJson.write(file, written);
        ClipClassifier read = ModelJson.read(file);
        assertEquals(written.classes(), read.classes());
        assertEquals(written.clipSize(), read.clipSize());
        assertEquals(written.bank(), read.bank());
        assertArrayEquals(written.weights(), read.weights());
        assertArrayEquals(written.biases(), read.biases());
    }

    @Test
    void aKernelFileIsNotAModel() throws IOException {
        Path file = dir.resolve("kernel.json");
        KernelJson.write(file, model().bank());
        BadInputException e = assertThrows(BadInputException.class, () -> ModelJson.read(file));
        assertTrue(e.getMessage().startsWith(file + ": is not a usable model"), e.getMessage());
    }

    @Test
    void aLinearLayerOfTheWrongWidthIsNamed() throws IOException {
        Path file = dir.resolve("model.json");
        String text = ModelJson.toJson(model()).replace("[1.5, -2.0]", "[1.5]");
        Files.writeString(file, text);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelJson.read(file));
        assertTrue(e.getMessage().contains("linear.weights[0]"), e.getMessage());
    }

    @Test
    void cutShortIsNotJson() throws IOException {
        Path file = dir.resolve("model.json");
        String text = ModelJson.toJson(model());
        Files.writeString(file, text.substring(0, text.length() / 2));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelJson.read(file));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
    }
}
