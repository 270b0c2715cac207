package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("f.npy"), "old");
        Path link = dir.resolve("link.npy");
        Files.createSymbolicLink(link, Path.of("data/f.npy"));
        AtomicFiles.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        try (var s = Files.list(real.getParent())) {
            assertEquals(1, s.count(), "no temp file left beside the target");
        }
    }

    @Test
    void aLinkToAFileNotYetThereCreatesIt() throws IOException {
        Path link = dir.resolve("link.npy");
        Files.createSymbolicLink(link, dir.resolve("later.npy"));
        AtomicFiles.write(link, out -> out.write(7));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(1, Files.size(dir.resolve("later.npy")));
    }

    @Test
    void aDeviceIsRefusedAndStaysADevice() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull));
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.write(devNull, out -> out.write(1)));
        assertEquals("/dev/null: is a device, pipe or socket, not a file: give a file name", e.getMessage());
        assertTrue(!Files.isRegularFile(devNull), "/dev/null is still a device");
    }

    @Test
    void aPipeIsRefused() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "no mkfifo here");
        assertThrows(BadInputException.class, () -> AtomicFiles.write(fifo, out -> out.write(1)));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }

    @Test
    void aFullDiskNamesTheFileAndLeavesNothing() throws Exception {
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("tiny"), "64k")) {
            Path target = disk.dir().resolve("big.bin");
            BadInputException e = assertThrows(BadInputException.class,
                    () -> AtomicFiles.write(target, out -> out.write(new byte[1 << 20])));
            assertTrue(e.getMessage().startsWith(target + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            try (var s = Files.list(disk.dir())) {
                assertEquals(0, s.count(), "no temp file left on the full disk");
            }
        }
    }
}
