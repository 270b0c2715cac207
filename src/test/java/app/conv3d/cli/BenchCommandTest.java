package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void lastLineIsTheMedianWithRateAndPath() {
        CliRun run = CliRun.of("bench", "--runs", "1", "--warmup", "0", "--kernel-size", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lastLine().matches("median \\d+\\.\\d\\d ms  \\d+\\.\\d GMAC/s  path (vector|scalar)"), run.lastLine());
    }

    @Test
    void liveEndsWithTheFrameRate() {
        CliRun run = CliRun.of("bench", "--live", "--seconds", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lastLine().matches("live \\d+\\.\\d fps"), run.lastLine());
    }

    @Test
    void rejectsZeroRuns() {
        CliRun run = CliRun.of("bench", "--runs", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --runs"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
