package app.conv3d.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons opened or saved most recently, newest first, at most {@value #MAX}: the File menu's
 * "Open recent". Kept as one absolute path per line (UTF-8) in a small text file, by default
 * {@code recent.txt} in the system's place for the user's settings ({@link SettingsFolder}).
 * The list is a convenience, so it never fails the app: a missing, unreadable or corrupt file reads as
 * an empty list (lines that are not absolute paths are skipped), and a failed save is reported by a
 * {@code false} return, not an exception. Each call reads the file afresh, so two windows share one list.
 */
public final class RecentLessons {
    public static final int MAX = 8;
    /** Eight paths fit in far less; a larger file is not ours. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    private final Path store;

    /** A list kept in {@code store} (the folder is created when first saving). */
    public RecentLessons(Path store) {
        this.store = store;
    }

    /** The list in the user's config folder. */
    public static RecentLessons inUserConfig() {
        return new RecentLessons(defaultStore());
    }

    /** {@code recent.txt} in the user's {@link SettingsFolder}. */
    public static Path defaultStore() {
        return SettingsFolder.forThisUser().resolve("recent.txt");
    }

    public Path store() {
        return store;
    }

    /** Newest first; empty if the file is missing or unreadable. */
    public synchronized List<Path> list() {
        String text;
        try {
            if (!Files.isRegularFile(store) || Files.size(store) > MAX_FILE_BYTES) {
                return List.of();
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(store))).toString();
        } catch (IOException | SecurityException e) {
            return List.of(); // includes text that is not UTF-8
        }
        List<Path> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank() || line.indexOf('\0') >= 0) {
                continue;
            }
            try {
                Path p = Path.of(line);
                if (p.isAbsolute() && !out.contains(p.normalize())) {
                    out.add(p.normalize());
                }
            } catch (InvalidPathException ignored) {
                // a corrupt line: skip it, keep the rest
            }
            if (out.size() == MAX) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Puts {@code lesson} first (moving it up if listed); returns whether the list could be saved. */
    public synchronized boolean add(Path lesson) {
        Path p = lesson.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(p);
        paths.add(0, p);
        return save(paths.subList(0, Math.min(MAX, paths.size())));
    }

    /** Takes {@code lesson} off the list (say, when it no longer opens); returns whether the list could be saved. */
    public synchronized boolean remove(Path lesson) {
        List<Path> paths = new ArrayList<>(list());
        if (!paths.remove(lesson.toAbsolutePath().normalize())) {
            return true;
        }
        return save(paths);
    }

    /** Empties the list; returns whether that could be saved. */
    public synchronized boolean clear() {
        return save(List.of());
    }

    private boolean save(List<Path> paths) {
        StringBuilder sb = new StringBuilder();
        for (Path p : paths) {
            String s = p.toString();
            if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
                sb.append(s).append('\n');
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Path folder = store.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            AtomicFiles.write(store, out -> out.write(bytes));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
