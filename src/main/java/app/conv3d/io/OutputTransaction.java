package app.conv3d.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * All the files one command writes, made visible together or not at all. While a transaction is open on
 * a thread, every {@link AtomicOutput} committed on that thread is only staged: its bytes are complete
 * and on disk in the hidden temp file, but the move over the target waits for {@link #commit()}. Closing
 * without a commit deletes the staged temp files, the folders the command created and cancels the
 * deletions it asked for, so a command that fails at its last file (a full disk, a read-only folder)
 * leaves every earlier one untouched too.
 *
 * <pre>
 * try (OutputTransaction tx = OutputTransaction.begin()) {
 *     FeatureFiles.write(npy, features);   // staged
 *     FeatureGif.write(gif, ...);          // staged
 *     tx.commit();                         // both moved into place
 * }
 * </pre>
 *
 * Every failure that can be foreseen (no space, no permission) happens while staging, because the temp
 * files live in the targets' own folders; the commit is only renames within those folders.
 */
public final class OutputTransaction implements AutoCloseable {
    private static final ThreadLocal<OutputTransaction> CURRENT = new ThreadLocal<>();

    private final List<AtomicOutput> staged = new ArrayList<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private final List<Path> deletions = new ArrayList<>();
    private boolean committed;

    private OutputTransaction() {
    }

    /** Opens a transaction on this thread; writes on this thread join it until it is closed. */
    public static OutputTransaction begin() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("an output transaction is already open on this thread");
        }
        OutputTransaction tx = new OutputTransaction();
        CURRENT.set(tx);
        return tx;
    }

    /** The transaction open on this thread, or null. */
    static OutputTransaction current() {
        return CURRENT.get();
    }

    void stage(AtomicOutput output) throws BadInputException {
        for (AtomicOutput other : staged) {
            if (other.target().equals(output.target())) {
                throw new BadInputException(output.name(), IoTexts.text("output.twice"));
            }
        }
        staged.add(output);
    }

    /**
     * Creates {@code folder} and its missing parents; inside a transaction the ones created are removed
     * again (when still empty) if it is not committed.
     */
    public static void createDirectories(Path folder) throws IOException {
        OutputTransaction tx = current();
        List<Path> missing = new ArrayList<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        try {
            for (Path p : missing) {
                Files.createDirectory(p);
                if (tx != null) {
                    tx.createdFolders.add(p);
                }
            }
        } catch (IOException e) {
            throw BadInputException.of(folder, e);
        }
    }

    /** Deletes {@code file} now, or inside a transaction when it commits. */
    public static void delete(Path file) throws IOException {
        OutputTransaction tx = current();
        if (tx == null) {
            Files.deleteIfExists(file);
        } else {
            tx.deletions.add(file);
        }
    }

    /** Moves every staged file into place and carries out the deletions. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        committed = true;
        int moved = 0;
        try {
            for (; moved < staged.size(); moved++) {
                staged.get(moved).moveIntoPlace();
            }
        } catch (IOException | RuntimeException e) {
            // a rename that fails (rare: the folder changed under us) leaves the ones after it unmoved
            for (int i = moved + 1; i < staged.size(); i++) {
                try {
                    staged.get(i).discard();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        for (Path file : deletions) {
            Files.deleteIfExists(file);
        }
    }

    /** Ends the transaction; without a commit, nothing it staged or created stays. */
    @Override
    public void close() throws IOException {
        CURRENT.remove();
        if (committed) {
            return;
        }
        committed = true;
        IOException first = null;
        for (AtomicOutput output : staged) {
            try {
                output.discard();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (int i = createdFolders.size() - 1; i >= 0; i--) {
            try (var entries = Files.list(createdFolders.get(i))) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(createdFolders.get(i));
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
