package app.conv3d.io;

import app.conv3d.core.KernelBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A bank written in the kind of file its name asks for: {@code .npy} ({@link KernelFiles}, the weights alone: the
 * format has no place for biases) or anything else as {@code .json} ({@link KernelJson}, with the biases). The one
 * writer behind the kernel lab's Save and {@code train --out}.
 */
public final class BankFiles {
    private BankFiles() {
    }

    /** Writes atomically (within the running {@link OutputTransaction}, if any). */
    public static void write(Path file, KernelBank bank) throws IOException {
        if (isNpy(file)) {
            KernelFiles.write(file, bank);
        } else {
            KernelJson.write(file, bank);
        }
    }

    public static boolean isNpy(Path file) {
        return lowerName(file).endsWith(".npy");
    }

    public static boolean isJson(Path file) {
        return lowerName(file).endsWith(".json");
    }

    /** Whether the name ends in one of the two kinds, .npy or .json (any case). */
    public static boolean isKnown(Path file) {
        return isNpy(file) || isJson(file);
    }

    private static String lowerName(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
