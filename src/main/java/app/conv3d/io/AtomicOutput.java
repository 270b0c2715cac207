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
    /** The path as the user gave it, for messages. */
    private final Path name;
    /** The regular file that is replaced: symbolic links followed. */
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private State state = State.OPEN;

    private enum State { OPEN, STAGED, DONE }

    private AtomicOutput(Path name, Path target, Path temp, FileChannel channel) {
        this.name = name;
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /**
     * Checks the target (its folder exists, it is not a folder or a device; a symbolic link is followed)
     * and starts the temp file; fails early, before any work is done.
     */
    public static AtomicOutput open(Path target) throws IOException {
        Path real = OutputTarget.resolve(target);
        Path temp = createTemp(target, ".tmp");
        try {
            return new AtomicOutput(target, real, temp,
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(temp);
            throw e;
        }
    }

    /**
     * A new empty hidden file next to the file {@code target} writes (same folder, so it can be moved
     * over it), named after it with {@code suffix}; the caller deletes it with {@link TempFiles#delete},
     * and an interrupted JVM deletes it on the way out.
     */
    static Path createTemp(Path target, String suffix) throws IOException {
        Path real = OutputTarget.resolve(target);
        Path folder = real.getParent();
        try {
            return TempFiles.create(folder, "." + real.getFileName() + ".", suffix);
        } catch (AccessDeniedException e) {
            throw new BadInputException(target, IoTexts.text("output.folderDenied"), e);
        } catch (IOException e) {
            throw new BadInputException(target, IoTexts.text("output.folderProblem", BadInputException.of(folder, e).reason()), e);
        }
    }

    /**
     * Where the bytes go; closing it only flushes, so writers that close their streams are harmless. A
     * failure of the disk itself (full, read-only, gone) names the target.
     */
    public OutputStream stream() {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw BadInputException.of(name, e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw BadInputException.of(name, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw BadInputException.of(name, e);
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Forces the bytes to disk and moves them over the target; inside an {@link OutputTransaction} the
     * move waits for the transaction's commit.
     */
    public void commit() throws IOException {
        if (state != State.OPEN) {
            throw new IllegalStateException("already committed or discarded");
        }
        try {
            out.flush();
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            discard();
            throw BadInputException.of(name, e);
        }
        OutputTransaction tx = OutputTransaction.current();
        if (tx == null) {
            moveIntoPlace();
            return;
        }
        try {
            tx.stage(this);
            state = State.STAGED;
        } catch (IOException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    Path target() {
        return target;
    }

    Path name() {
        return name;
    }

    /** The complete temp file replaces the target. */
    void moveIntoPlace() throws IOException {
        try {
            move(temp, target, name);
            TempFiles.moved(temp);
        } finally {
            state = State.DONE;
            channel.close();
            TempFiles.delete(temp);
        }
    }

    /** Deletes the temp file, whatever state the write is in. */
    void discard() throws IOException {
        state = State.DONE;
        try {
            channel.close();
        } finally {
            TempFiles.delete(temp);
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

    /**
     * Discards the temp file unless committed (or staged: then its transaction owns it); safe to call
     * more than once.
     */
    @Override
    public void close() throws IOException {
        if (state == State.OPEN) {
            discard();
        }
    }

    private static void move(Path temp, Path target, Path name) throws IOException {
        try {
            ordinaryPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new BadInputException(name, IoTexts.text("output.replaceDenied"), e);
        } catch (IOException e) {
            throw BadInputException.of(name, e);
        }
    }
}
