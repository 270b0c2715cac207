package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesNewFile() throws IOException {
        Path target = dir.resolve("a.txt");
        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hello", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path fresh = dir.resolve("fresh.txt");
        AtomicFiles.write(fresh, out -> out.write(1));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path own = dir.resolve("own.txt");
        Files.writeString(own, "old");
        Files.setPosixFilePermissions(own, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(own, out -> out.write(2));
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(own)));
    }

    @Test
    void replacesExistingFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old content that is longer");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void ioFailureMidWriteKeepsOldFileAndLeavesNoTemp() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk on fire");
        }));
        assertEquals("disk on fire", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void runtimeFailureMidWriteKeepsOldFileAndLeavesNoTemp() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new UncheckedIOException(new IOException("boom"));
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void failureOnNewTargetCreatesNothing() {
        Path target = dir.resolve("b.txt");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("nope");
        }));
        assertEquals(List.of(), list());
    }

    @Test
    void missingFolderIsNamed() {
        Path folder = dir.resolve("missing");
        BadInputException e = assertThrows(BadInputException.class,
                () -> AtomicFiles.write(folder.resolve("x.npy"), out -> out.write(1)));
        assertEquals(folder + ": folder does not exist", e.getMessage());
    }

    @Test
    void targetThatIsAFolderIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.write(sub, out -> out.write(1)));
        assertEquals(sub + ": is a folder, not a file", e.getMessage());
    }

    private List<Path> list() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
