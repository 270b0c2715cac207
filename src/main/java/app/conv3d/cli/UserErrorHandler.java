package app.conv3d.cli;

import app.conv3d.core.InvalidSpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Bad input the user can fix (a file, a kernel, a geometry) prints one line and exits 2; anything else is
 * our fault: one line, the trace only with CONV3D_DEBUG set, exit 1.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String userMessage = userMessage(cause);
        if (userMessage != null) {
            cl.getErr().println("error: " + userMessage);
            cl.getErr().flush();
            return ExitCodes.USER_ERROR;
        }
        cl.getErr().println("internal error: " + cause);
        if (System.getenv("CONV3D_DEBUG") != null) {
            cause.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return ExitCodes.INTERNAL_FAULT;
    }

    /** The one-line message for a user-caused failure, or null when it is an internal fault. */
    static String userMessage(Throwable t) {
        if (t instanceof InvalidSpecException || t instanceof CommandLine.ParameterException) {
            return t.getMessage();
        }
        if (DisplayCheck.isNoDisplay(t)) {
            return DisplayCheck.unavailable((RuntimeException) t).getMessage();
        }
        if (t instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or folder";
        }
        if (t instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (t instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() == null ? "cannot be used" : e.getReason());
        }
        if (t instanceof IOException) {
            return t.getMessage();
        }
        return null;
    }
}
