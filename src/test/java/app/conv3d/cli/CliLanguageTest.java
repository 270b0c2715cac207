package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks English whatever the machine's language (docs/translating.md): its help, reports and
 * errors read the same in every script, log and bug report. Only the window follows the class's language.
 */
class CliLanguageTest {
    @TempDir
    Path dir;

    @Test
    void aUserErrorIsInEnglishOnASpanishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            CliRun run = CliRun.of("render", "--input", dir.resolve("missing").toString(), "--kernel", "blur",
                    "--out-npy", dir.resolve("f.npy").toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("no such file or folder"), run.err());
        } finally {
            Locale.setDefault(before);
        }
    }
}
