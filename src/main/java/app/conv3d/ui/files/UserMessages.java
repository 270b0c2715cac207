package app.conv3d.ui.files;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.io.BadInputException;
import app.conv3d.ui.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what went wrong with a file into the one line a teacher reads in the window, never a stack trace. */
public final class UserMessages {
    private UserMessages() {
    }

    /**
     * @param doing what was being attempted, e.g. "open the clip"
     * @param file the file or folder concerned, named when the problem itself does not name it
     */
    public static String of(String doing, Path file, Throwable problem) {
        Throwable p = unwrap(problem);
        if (p instanceof BadInputException) {
            return p.getMessage();
        }
        if (p instanceof IOException io) {
            return BadInputException.of(file, io).getMessage();
        }
        if (p instanceof InvalidSpecException) {
            return file + ": " + p.getMessage();
        }
        if (p instanceof OutOfMemoryError) {
            return Messages.text("problem.memory", file, doing);
        }
        String detail = p.getMessage();
        return Messages.text("problem.other", file, doing, detail == null ? p.getClass().getSimpleName() : detail);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable p = t;
        while ((p instanceof CompletionException || p instanceof ExecutionException
                || p instanceof UncheckedIOException) && p.getCause() != null) {
            p = p.getCause();
        }
        return p;
    }
}
