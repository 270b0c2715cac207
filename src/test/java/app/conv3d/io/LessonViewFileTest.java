package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.StepSize;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view settings a lesson file keeps since they were added, and files saved before that. */
class LessonViewFileTest {
    @TempDir
    Path dir;

    private SavedLesson withView(LessonView view) {
        SavedLesson l = LessonFileTest.lesson();
        return new SavedLesson(l.clip(), l.bank(), l.spec(), l.lessonSize(), l.display(), l.kernelIndex(), l.position(),
                view);
    }

    @Test
    void theViewRoundTrips() throws IOException {
        LessonView view = new LessonView(true, StepSize.SLICE, "fast", 2, 1, 3);
        Path file = dir.resolve("v" + LessonFile.EXTENSION);
        LessonFile.save(file, withView(view));
        assertEquals(view, LessonFile.open(file).view());
    }

    @Test
    void aFileWithoutAViewOpensWithTheStartView() throws IOException {
        Path file = dir.resolve("v" + LessonFile.EXTENSION);
        LessonFile.save(file, withView(new LessonView(true, StepSize.ROW, "slow", 1, 2, 0)));
        Path old = rewriteManifest(file, m -> m.replaceAll("(?m)^  \"view\": .*\\n(.*\\n)?(?=  \"biases\")", ""));
        assertEquals(LessonView.DEFAULT, LessonFile.open(old).view());
    }

    @Test
    void aBadViewIsNamed() throws IOException {
        Path file = dir.resolve("v" + LessonFile.EXTENSION);
        LessonFile.save(file, withView(LessonView.DEFAULT));
        BadInputException e = assertThrows(BadInputException.class,
                () -> LessonFile.open(rewriteManifest(file, m -> m.replace("\"stepSize\": \"position\"", "\"stepSize\": \"leap\""))));
        assertTrue(e.getMessage().contains("view.stepSize"), e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> LessonFile.open(rewriteManifest(file, m -> m.replace("\"mathFrame\": 0", "\"mathFrame\": 9"))));
        assertTrue(e.getMessage().contains("kernel frame 9"), e.getMessage());
    }

    private Path rewriteManifest(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = LessonFileTest.entries(file);
        String manifest = new String(entries.get(LessonFile.MANIFEST), StandardCharsets.UTF_8);
        String edited = edit.apply(manifest);
        assertTrue(!edited.equals(manifest), "the edit changed the manifest");
        entries.put(LessonFile.MANIFEST, edited.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("edited" + LessonFile.EXTENSION);
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }
}
