package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.KernelPreset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** assets/presets holds one readable file per preset, and each says exactly what the code builds. */
class PresetFilesTest {
    private static final String REWRITE = " (run tools/write-preset-files.sh after changing a preset)";

    @Test
    void everyPresetHasItsFileAndNoOtherFileIsThere() throws IOException {
        Set<String> expected = Stream.of(KernelPreset.values()).map(p -> p.id() + ".json").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(PresetFiles.FOLDER)) {
            Set<String> found = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(expected, found, "assets/presets" + REWRITE);
        }
    }

    @Test
    void eachFileIsWhatTheCodeWrites() throws IOException {
        for (KernelPreset preset : KernelPreset.values()) {
            Path file = PresetFiles.file(PresetFiles.FOLDER, preset);
            assertEquals(PresetFiles.text(preset), Files.readString(file, StandardCharsets.UTF_8), file + REWRITE);
        }
    }

    @Test
    void eachFileOpensAsThePresetsKernelWithItsNote() throws IOException {
        for (KernelPreset preset : KernelPreset.values()) {
            Path file = PresetFiles.file(PresetFiles.FOLDER, preset);
            assertEquals(PresetFiles.bank(preset), KernelJson.read(file, PresetFiles.CHANNELS), file.toString());
            assertTrue(Files.readString(file).contains(preset.explanation()), file + " explains itself");
        }
    }
}
