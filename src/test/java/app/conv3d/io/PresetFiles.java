package app.conv3d.io;

import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes assets/presets/ID.json: each preset of the lab at its default size over three colour channels, in the
 * kernel file format a teacher can read, copy, edit and open in the lab. The app reads these files
 * ({@link PresetKernels}); the recipes stay in {@link KernelPreset} because the lab builds a preset at any size, and
 * {@code PresetFilesTest} checks that the files agree with them. Run {@code tools/write-preset-files.sh} after
 * changing a preset.
 */
public final class PresetFiles {
    static final Path FOLDER = Path.of("assets", "presets");
    static final int CHANNELS = 3;

    private PresetFiles() {
    }

    static Path file(Path folder, KernelPreset preset) {
        return folder.resolve(preset.id() + ".json");
    }

    static KernelBank bank(KernelPreset preset) {
        return KernelBank.of(preset.build(KernelPreset.DEFAULT_SIZE, CHANNELS));
    }

    static String about(KernelPreset preset) {
        return preset.displayName() + ": " + preset.explanation();
    }

    static String text(KernelPreset preset) {
        return KernelJson.toJson(bank(preset), about(preset));
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
        for (KernelPreset preset : KernelPreset.values()) {
            KernelJson.write(file(folder, preset), bank(preset), about(preset));
            System.out.println(file(folder, preset));
        }
    }
}
