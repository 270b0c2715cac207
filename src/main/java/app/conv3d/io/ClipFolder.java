package app.conv3d.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a clip is written into ({@link ClipWriter}), checked before a recording is made for it. */
public final class ClipFolder {
    private ClipFolder() {
    }

    /**
     * Fails unless {@code folder} is an existing writable folder, or a missing one whose parent is an
     * existing writable folder.
     */
    public static void checkWritable(Path folder) throws BadInputException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException(folder, IoTexts.text("folder.isFile"));
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (!Files.exists(folder) && (parent == null || !Files.isDirectory(parent))) {
            throw new BadInputException(parent == null ? folder : parent, IoTexts.text("folder.missing"));
        }
        Path written = Files.exists(folder) ? folder : parent;
        if (!Files.isWritable(written)) {
            throw new BadInputException(folder, IoTexts.text(written == folder ? "folder.readOnly" : "folder.parentReadOnly"));
        }
    }
}
