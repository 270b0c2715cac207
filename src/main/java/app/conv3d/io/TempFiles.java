package app.conv3d.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden temp files of writes in progress. A JVM stopped by Ctrl-C or a kill never reaches the
 * writers' own clean-up, so a shutdown hook deletes whatever is still registered: an interrupted export
 * leaves neither a half file nor a hidden temp file behind.
 */
final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "conv3d-temp-files"));
    }

    private TempFiles() {
    }

    /** A new empty file in {@code folder}, registered until {@link #delete} or {@link #moved}. */
    static Path create(Path folder, String prefix, String suffix) throws IOException {
        Path temp = Files.createTempFile(folder, prefix, suffix);
        LIVE.add(temp);
        return temp;
    }

    static void delete(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            LIVE.remove(temp);
        }
    }

    /** The temp file has become the target: nothing to clean up any more. */
    static void moved(Path temp) {
        LIVE.remove(temp);
    }

    /** Registered temp files, for tests. */
    static boolean isLive(Path temp) {
        return LIVE.contains(temp);
    }

    private static void deleteAll() {
        for (Path temp : LIVE) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException e) {
                // shutting down: nothing better to do than try the next one
            }
        }
    }
}
