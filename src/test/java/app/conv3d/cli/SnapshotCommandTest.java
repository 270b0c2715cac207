package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot command's input checks: all refused before any window opens. */
class SnapshotCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyWindowIsAUsageError() {
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("s.png").toString(), "--width", "100");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--width/--height"), run.err());
    }

    @Test
    void aNegativeStepIsAUsageError() {
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("s.png").toString(), "--step", "-3");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--step"), run.err());
    }

    @Test
    void aMissingFolderIsNamedInOneLine() {
        Path nowhere = dir.resolve("no-such-folder").resolve("s.png");
        CliRun run = CliRun.of("snapshot", "--out", nowhere.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains("no-such-folder"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void theKernelLabAndTheTextSizeCanBePhotographed() {
        CliRun run = CliRun.of("snapshot", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--kernel-lab"), run.out());
        assertTrue(run.out().contains("--scale"), run.out());
    }

    @Test
    void aTextSizeTheMenuDoesNotOfferIsAUsageError() {
        CliRun run = CliRun.of("snapshot", "--out", dir.resolve("s.png").toString(), "--scale", "300");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--scale"), run.err());
    }

    @Test
    void theOutputIsRequired() {
        assertEquals(2, CliRun.of("snapshot").exitCode());
    }
}
