package app.conv3d.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written
 * one: the bytes go to a hidden temp file in the target's own folder (same file system), are forced to
 * disk, and the temp file is then moved over the target. On any failure (including a
 * {@link java.util.concurrent.CancellationException} thrown by the body) the temp file is deleted and an
 * existing target is left untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        try (AtomicOutput output = AtomicOutput.open(target)) {
            body.accept(output.stream());
            output.commit();
        }
    }
}
