package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteInterruptedByASignalLeavesNoTempFile() throws Exception {
        Path target = dir.resolve("f.npy");
        Files.writeString(target, "old");
        ChildJvm child = new ChildJvm(dir, List.of("-Xmx64m"), SlowWriter.class, target.toString());
        Process p = child.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!child.out().contains("writing") && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(child.out().contains("writing"), "the child started writing: " + child.err());
            assertEquals(1, hiddenFiles().size(), "the temp file exists while the write runs");
            interrupt(p);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), hiddenFiles(), "no hidden temp file after the interrupt");
        assertEquals("old", Files.readString(target));
    }

    @Test
    void deletedAndMovedTempsAreForgotten() throws IOException {
        Path a = AtomicOutput.createTemp(dir.resolve("a"), ".tmp");
        assertTrue(TempFiles.isLive(a));
        TempFiles.delete(a);
        assertFalse(TempFiles.isLive(a));
        assertFalse(Files.exists(a));
    }

    /** Ctrl-C: SIGINT where {@code kill} exists, else SIGTERM; shutdown hooks run on both. */
    private static void interrupt(Process p) throws IOException, InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command: fall through
        }
        p.destroy();
    }

    private List<Path> hiddenFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".f.npy.")).toList();
        }
    }

    /** Writes into an atomic output and never finishes, as a large export does for a while. */
    static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            try (AtomicOutput output = AtomicOutput.open(Path.of(args[0]))) {
                OutputStream out = output.stream();
                out.write(new byte[1 << 20]);
                out.flush();
                System.out.println("writing");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
