package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a display every window command says so in one line and exits 2 within 10 s (no hang, no trace). */
class NoDisplayTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"snapshot", "bench --window", "(no arguments: the window)",
        "(a lesson and options: the window)"})
    void exitsTwoWithOneLine(String command) throws Exception {
        String[] args = command.equals("(no arguments: the window)") ? new String[0]
                : command.startsWith("(") ? new String[] {dir.resolve("maths.c3dlesson").toString(), "--theme", "dark"}
                : command.equals("snapshot") ? new String[] {"snapshot", "--out", dir.resolve("w.png").toString()}
                : command.split(" ");
        ChildJvm child = new ChildJvm(dir, List.of("-Xmx256m"), Launcher.class, args);
        child.environment().remove("DISPLAY");
        child.environment().remove("WAYLAND_DISPLAY");
        ChildJvm.Result result = child.run(30);
        assertTrue(result.ended(), "hung: " + result);
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.millis() < 10_000, result.toString());
        List<String> lines = result.errLines();
        assertEquals(1, lines.size(), result.toString());
        assertTrue(lines.get(0).startsWith("error: no display"), lines.get(0));
        assertFalse(Files.exists(dir.resolve("w.png")));
    }

    @Test
    void aDisplayThatIsGoneIsNamedInOneLine() throws Exception {
        ChildJvm child = new ChildJvm(dir, List.of("-Xmx256m"), Launcher.class, "snapshot", "--out",
                dir.resolve("w.png").toString());
        child.environment().put("DISPLAY", ":93");
        ChildJvm.Result result = child.run(30);
        assertTrue(result.ended(), "hung: " + result);
        assertEquals(2, result.exitCode(), result.toString());
        List<String> errors = result.errLines().stream().filter(l -> l.startsWith("error")).toList();
        assertEquals(List.of("error: no display: the window cannot open (Unable to open DISPLAY)"), errors);
    }

    @Test
    void theToolkitsDisplayFailureIsAUserError() {
        assertEquals("no display: the window cannot open (Unable to open DISPLAY)",
                UserErrorHandler.userMessage(new UnsupportedOperationException("Unable to open DISPLAY")));
    }

    @Test
    void monocleAndOtherSystemsNeedNoDisplayVariable() {
        assertTrue(DisplayCheck.available("Linux", Map.of("DISPLAY", ":0"), null));
        assertFalse(DisplayCheck.available("Linux", Map.of(), null));
        assertFalse(DisplayCheck.available("Linux", Map.of("DISPLAY", " "), null));
        assertTrue(DisplayCheck.available("Linux", Map.of(), "Monocle"));
        assertTrue(DisplayCheck.available("Windows 11", Map.of(), null));
        assertTrue(DisplayCheck.available("Mac OS X", Map.of(), null));
    }
}
