package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** {@code bench --window}: its options and what it prints (headless, software rendering: no timing asserted). */
class BenchWindowTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        // Started the way the UI tests start it, so that they find it running after this class.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void printsEveryEditAndEndsWithTheMedianFromChangeToPicture() {
        CliRun run = CliRun.of("bench", "--window", "--edits", "2", "--warmup", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("edit ")).count(), run.out());
        assertTrue(run.out().lines().filter(l -> l.startsWith("edit ")).allMatch(l -> l.matches(
                "edit +\\d+: computing +\\d+\\.\\d ms \\| on the FX thread at +\\d+\\.\\d ms \\| views updated at +"
                        + "\\d+\\.\\d ms \\| frame handed over at +\\d+\\.\\d ms \\| picture at +\\d+\\.\\d ms"
                        + " \\| whole result at +\\d+\\.\\d ms")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "floor: one label changed, \\d+\\.\\d ms to the picture \\(frame handed over at \\d+\\.\\d ms; median of 2\\)")),
                run.out());
        // Headless there is no 3D: the window falls back to the flat view and says so.
        assertTrue(run.lastLine().matches("window \\d+\\.\\d ms from change to picture "
                + "\\(median of 2 edits, flat view, computing \\d+\\.\\d ms\\)"), run.lastLine());
    }

    @Test
    void editsOnlyGoWithWindow() {
        CliRun run = CliRun.of("bench", "--edits", "3");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --edits goes with --window"), run.err());
    }

    @Test
    void flatOnlyGoesWithWindow() {
        assertEquals(2, CliRun.of("bench", "--flat").exitCode());
    }

    @Test
    void refusesZeroEdits() {
        CliRun run = CliRun.of("bench", "--window", "--edits", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: --edits must be 1..1000"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
