package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code bench --startup}: launches the app as a new JVM with this one's options (here: the tests' headless toolkit)
 * and reads when its features were on screen. No time is asserted.
 */
class BenchStartupTest {

    @Test
    void launchesTheAppAndEndsWithTheMedianStartup() {
        CliRun run = CliRun.of("bench", "--startup", "--launches", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("launch 1: ") && l.contains("features arrived at")),
                run.out());
        assertTrue(run.lastLine().matches("startup \\d+ ms"), run.lastLine());
    }

    @Test
    void refusesZeroLaunches() {
        CliRun run = CliRun.of("bench", "--startup", "--launches", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --launches must be 1..100"), run.err());
    }

    @Test
    void launchesGoWithStartup() {
        CliRun run = CliRun.of("bench", "--launches", "2");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--launches goes with --startup"), run.err());
    }
}
