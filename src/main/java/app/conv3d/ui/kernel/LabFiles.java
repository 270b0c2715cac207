package app.conv3d.ui.kernel;

import app.conv3d.core.KernelBank;
import app.conv3d.io.BadInputException;
import app.conv3d.io.KernelFiles;
import app.conv3d.io.KernelJson;
import app.conv3d.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Kernel files as the lab reads and writes them: .npy or .json by extension, every problem one line. */
public final class LabFiles {
    private LabFiles() {
    }

    /** A kernel or bank for a clip of {@code channels} channels; the lab's limits checked. */
    static KernelBank read(Path file, int channels) throws IOException {
        String name = lowerName(file);
        KernelBank bank;
        if (name.endsWith(".json")) {
            bank = KernelJson.read(file, channels);
        } else if (name.endsWith(".npy")) {
            bank = KernelFiles.read(file);
        } else {
            throw new BadInputException(file, Messages.text("lab.files.unknownKind"));
        }
        if (bank.channels() != channels) {
            throw new BadInputException(file, Messages.text(bank.channels() == 1 ? "lab.files.channels.one"
                    : "lab.files.channels.many", bank.channels(), channels));
        }
        if (bank.count() > LabBank.MAX_KERNELS) {
            throw new BadInputException(file, Messages.text("lab.files.tooMany", bank.count(), LabBank.MAX_KERNELS));
        }
        return bank;
    }

    /** Writes atomically; {@code .npy} keeps weights only (the format has no place for biases). */
    public static void write(Path file, KernelBank bank) throws IOException {
        if (lowerName(file).endsWith(".npy")) {
            KernelFiles.write(file, bank);
        } else {
            KernelJson.write(file, bank);
        }
    }

    /** The path with ".json" added when it has neither known extension (a name typed without one). */
    public static Path withExtension(Path file) {
        String name = lowerName(file);
        return name.endsWith(".npy") || name.endsWith(".json") ? file : file.resolveSibling(file.getFileName() + ".json");
    }

    /** The exception's one line, naming the file by its name rather than its whole path. */
    public static String readable(Path file, Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof BadInputException)) {
            text = file + ": " + text;
        }
        return text.replace(file.toString(), file.getFileName().toString());
    }

    private static String lowerName(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
