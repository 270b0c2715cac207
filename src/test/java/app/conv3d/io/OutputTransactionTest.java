package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTransactionTest {
    @TempDir
    Path dir;

    @Test
    void nothingIsReplacedUntilTheCommit() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "old a");
        try (OutputTransaction tx = OutputTransaction.begin()) {
            write(a, "new a");
            write(b, "new b");
            assertEquals("old a", Files.readString(a));
            assertFalse(Files.exists(b));
            tx.commit();
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of(a, b), list(dir));
    }

    @Test
    void aFailedLaterWriteUndoesTheEarlierOnes() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "old a");
        assertThrows(IOException.class, () -> {
            try (OutputTransaction tx = OutputTransaction.begin()) {
                write(a, "new a");
                AtomicFiles.write(dir.resolve("b.txt"), out -> {
                    throw new IOException("disk full");
                });
                tx.commit();
            }
        });
        assertEquals("old a", Files.readString(a));
        assertEquals(List.of(a), list(dir), "no temp files, no b.txt");
    }

    @Test
    void foldersAndDeletionsFollowTheOutcome() throws IOException {
        Path keep = Files.writeString(dir.resolve("frame9.png"), "old");
        Path made = dir.resolve("new/deeper");
        try (OutputTransaction tx = OutputTransaction.begin()) {
            OutputTransaction.createDirectories(made);
            OutputTransaction.delete(keep);
            write(made.resolve("x.txt"), "x");
            // no commit: as if the command failed here
        }
        assertTrue(Files.exists(keep));
        assertFalse(Files.exists(dir.resolve("new")), "the folders it created are gone");

        try (OutputTransaction tx = OutputTransaction.begin()) {
            OutputTransaction.createDirectories(made);
            OutputTransaction.delete(keep);
            write(made.resolve("x.txt"), "x");
            tx.commit();
        }
        assertFalse(Files.exists(keep));
        assertEquals("x", Files.readString(made.resolve("x.txt")));
    }

    @Test
    void theSameFileTwiceIsRefused() throws IOException {
        Path a = dir.resolve("a.txt");
        try (OutputTransaction tx = OutputTransaction.begin()) {
            write(a, "one");
            BadInputException e = assertThrows(BadInputException.class, () -> write(a, "two"));
            assertEquals(a + ": is written twice by this command", e.getMessage());
        }
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aMoveThatFailsAtTheCommitLeavesNoTempFiles() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        try (OutputTransaction tx = OutputTransaction.begin()) {
            write(sub.resolve("a.txt"), "a");
            write(dir.resolve("b.txt"), "b");
            try (Stream<Path> temps = Files.list(sub)) {
                for (Path temp : temps.toList()) {
                    Files.delete(temp); // the folder changed under the command
                }
            }
            assertThrows(IOException.class, tx::commit);
        }
        assertEquals(List.of(sub), list(dir), "b.txt's temp file is gone too, and b.txt was not written");
    }

    @Test
    void outsideATransactionWritesAreImmediate() throws IOException {
        Path a = dir.resolve("a.txt");
        write(a, "now");
        assertEquals("now", Files.readString(a));
    }

    private static void write(Path target, String text) throws IOException {
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
