package app.conv3d.cli;

import app.conv3d.io.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files a command reads and writes, checked before any work is done: every output's folder exists
 * and is writable, no output is a folder, and no output is one of the inputs or another output (through any symbolic
 * link or relative path), since writing it would destroy what is being read or write one file twice.
 */
final class Outputs {
    private final List<Path> inputs = new ArrayList<>();
    private final List<Path> inputFolders = new ArrayList<>();
    private final List<Map.Entry<Path, String>> outputs = new ArrayList<>();

    /** A file or folder the command reads; null is ignored. */
    Outputs input(Path file) {
        if (file != null) {
            inputs.add(file);
        }
        return this;
    }

    /**
     * A folder whose whole contents the command reads (a class per subfolder, say); null is ignored. No output may
     * lie anywhere inside: it would overwrite an input or be read as one next time.
     */
    Outputs inputFolder(Path folder) {
        if (folder != null) {
            inputFolders.add(folder);
        }
        return this;
    }

    /** A file the command writes, given with {@code option}; null is ignored. */
    Outputs output(String option, Path file) {
        if (file != null) {
            outputs.add(Map.entry(file, option));
        }
        return this;
    }

    void check() throws IOException {
        List<Map.Entry<Path, String>> seen = new ArrayList<>();
        for (Map.Entry<Path, String> o : outputs) {
            Path out = o.getKey();
            String option = o.getValue();
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BadInputException(out, "its folder does not exist (" + option + ")");
            }
            if (Files.isDirectory(out)) {
                throw new BadInputException(out, "is a folder, not a file (" + option + ")");
            }
            if (Files.exists(out) && !Files.isRegularFile(out)) {
                throw new BadInputException(out, "is a device, pipe or socket, not a file (" + option + ")");
            }
            if (!Files.isWritable(parent)) {
                throw new BadInputException(out, "cannot write into its folder (permission denied or a read-only disk)");
            }
            for (Path in : inputs) {
                if (same(in, out)) {
                    throw new BadInputException(out, "is also an input: " + option + " would overwrite what is read; "
                            + "choose another file");
                }
            }
            for (Path folder : inputFolders) {
                if (identity(out).startsWith(identity(folder))) {
                    throw new BadInputException(out, "is inside the input folder " + folder + ": " + option
                            + " would overwrite or add to what is read; choose another place");
                }
            }
            for (Map.Entry<Path, String> other : seen) {
                if (same(other.getKey(), out)) {
                    throw new BadInputException(out, "is given for two outputs (" + other.getValue() + " and "
                            + option + ")");
                }
            }
            seen.add(o);
        }
    }

    /** Whether two paths name one file, existing or not. */
    static boolean same(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return identity(a).equals(identity(b));
    }

    /** The file's real path, or for a file not there yet its real folder and its name. */
    private static Path identity(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // unreadable: compare as written
        }
        return absolute;
    }
}
