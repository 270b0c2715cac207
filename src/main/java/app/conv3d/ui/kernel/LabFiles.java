package app.conv3d.ui.kernel;

import app.conv3d.core.KernelBank;
import app.conv3d.io.BadInputException;
import app.conv3d.io.BankFiles;
import app.conv3d.io.KernelFiles;
import app.conv3d.io.KernelJson;
import app.conv3d.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;

/** Kernel files as the lab reads them: .npy or .json by extension, every problem one line ({@code io.BankFiles} writes them). */
public final class LabFiles {
    private LabFiles() {
    }

    /** A kernel or bank for a clip of {@code channels} channels; the lab's limits checked. */
    static KernelBank read(Path file, int channels) throws IOException {
        KernelBank bank;
        if (BankFiles.isJson(file)) {
            bank = KernelJson.read(file, channels);
        } else if (BankFiles.isNpy(file)) {
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

    /** The path with ".json" added when it has neither known extension (a name typed without one). */
    public static Path withExtension(Path file) {
        return BankFiles.isKnown(file) ? file : file.resolveSibling(file.getFileName() + ".json");
    }

    /** The exception's one line, naming the file by its name rather than its whole path. */
    public static String readable(Path file, Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof BadInputException)) {
            text = file + ": " + text;
        }
        return text.replace(file.toString(), file.getFileName().toString());
    }
}
