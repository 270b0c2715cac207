package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void nothingIsVisibleUntilCommitted() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("new".getBytes(StandardCharsets.UTF_8));
            out.stream().close(); // writers that close their stream do not end the write
            out.stream().write("er".getBytes(StandardCharsets.UTF_8));
            assertEquals("old", Files.readString(target));
            assertEquals(2, ExportFixtures.list(dir).size());
            out.commit();
            assertThrows(IllegalStateException.class, out::commit);
        }
        assertEquals("newer", Files.readString(target));
        assertEquals(List.of(target), ExportFixtures.list(dir));
    }

    @Test
    void closingWithoutCommitDiscards() throws IOException {
        Path target = dir.resolve("a.txt");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write(new byte[10_000]);
        }
        assertEquals(List.of(), ExportFixtures.list(dir));
    }
}
