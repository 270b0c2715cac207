package app.conv3d.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A problem the user can fix: a missing, unreadable or malformed file. The message is one line that
 * names the file and the problem, meant to be shown as is (no stack trace).
 */
public final class BadInputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public BadInputException(Path file, String problem) {
        super(file + ": " + problem);
        this.reason = problem;
    }

    public BadInputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.reason = problem;
    }

    /** The problem without the file's name. */
    public String reason() {
        return reason;
    }

    /**
     * Turns a JDK file-system exception about {@code file} into a one-line message. Anything that is
     * already a {@code BadInputException} passes through unchanged.
     */
    public static BadInputException of(Path file, IOException e) {
        if (e instanceof BadInputException bad) {
            return bad;
        }
        if (e instanceof NoSuchFileException) {
            return new BadInputException(file, IoTexts.text("file.missing"), e);
        }
        if (e instanceof AccessDeniedException) {
            return new BadInputException(file, IoTexts.text("file.denied"), e);
        }
        if (e instanceof NotDirectoryException) {
            return new BadInputException(file, IoTexts.text("file.notFolder"), e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return new BadInputException(file, fs.getReason(), e);
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BadInputException(file, reason, e);
    }
}
