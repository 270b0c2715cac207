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

    @Test
    void classifyArgumentsAreCheckedBeforeAnyWindowOpens() {
        String[][] cases = {
            {"--classify", "error: --classify goes with --window"},
            {"--classify", "--window", "--live", "error: --classify goes with --window"},
            {"--window", "--model", "m.json", "error: --model and --png go with --classify"},
            {"--png", "p.png", "error: --model and --png go with --classify"},
            {"--classify", "--window", "--seconds", "0", "error: --seconds must be 1..3600, got 0"},
            {"--classify", "--window", "--model", "no-such-model.json", "error: no-such-model.json"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "bench";
            System.arraycopy(c, 0, args, 1, c.length - 1);
            CliRun run = CliRun.of(args);
            String expected = c[c.length - 1];
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith(expected), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
    }
}
