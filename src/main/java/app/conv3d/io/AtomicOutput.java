package app.conv3d.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An atomic write kept open across calls, for writers that produce a file over time (a GIF recorder):
 * the bytes go to a hidden temp file in the target's folder; {@link #commit()} forces them to disk and
 * moves the temp file over the target; {@link #close()} without a commit deletes the temp file, so a
 * cancelled or failed write leaves nothing behind and an existing target untouched.
 * {@link AtomicFiles#write} is the one-call form.
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean finished;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Checks the target's folder and starts the temp file; fails early, before any work is done. */
    public static AtomicOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createTemp(target, ".tmp");
        try {
            return new AtomicOutput(absolute, temp,
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * A new empty hidden file next to {@code target} (same folder, so it can be moved over it), named
     * after it with {@code suffix}; the caller deletes it.
     */
    static Path createTemp(Path target, String suffix) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException(folder == null ? target : folder, "folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(target, "is a folder, not a file");
        }
        try {
            return Files.createTempFile(folder, "." + absolute.getFileName() + ".", suffix);
        } catch (AccessDeniedException e) {
            throw new BadInputException(folder, "cannot write into this folder (permission denied)", e);
        }
    }

    /** Where the bytes go; closing it only flushes, so writers that close their streams are harmless. */
    public OutputStream stream() {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Forces the bytes to disk and moves them over the target. */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or discarded");
        }
        try {
            out.flush();
            channel.force(true);
            channel.close();
            move(temp, target);
        } finally {
            finished = true;
            channel.close();
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temp files are created owner-only (0600); a saved GIF or lesson should read like any other file the
     * user makes: the replaced file's permissions, or rw-r--r-- for a new one.
     */
    private static void ordinaryPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Discards the temp file unless committed; safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        ordinaryPermissions(temp, target);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            throw new BadInputException(target, "cannot replace this file (permission denied)", e);
        }
    }
}
