package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** {@code bench --walkthrough}: its options and what it prints (headless, software rendering: no rate asserted). */
class BenchWalkthroughTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void playsTheSweepAndEndsWithFramesAndPositionsPerSecond() {
        CliRun run = CliRun.of("bench", "--walkthrough", "--seconds", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("flat view"), run.out());
        assertTrue(run.lastLine().matches("walkthrough \\d+\\.\\d fps, \\d+ positions/s"), run.lastLine());
        int positions = Integer.parseInt(run.lastLine().replaceAll(".* (\\d+) positions/s", "$1"));
        assertTrue(positions > 1000, "the sweep moved: " + run.lastLine());
    }

    @Test
    void walkthroughAndWindowDoNotMix() {
        CliRun run = CliRun.of("bench", "--walkthrough", "--window");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--walkthrough"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void refusesZeroSeconds() {
        CliRun run = CliRun.of("bench", "--walkthrough", "--seconds", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --seconds must be 1..600"), run.err());
    }
}
