package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The relaunched JVM's error stream, passed on without the JVM's incubator warning. */
class IncubatorWarningTest {

    private static String copy(String stderr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IncubatorWarning.copyWithout(new ByteArrayInputStream(stderr.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWarningLineGoesTheRestStays() {
        assertEquals("error: clip.gif: no such file\n",
                copy(IncubatorWarning.LINE + "\nerror: clip.gif: no such file\n"));
        assertEquals("", copy(IncubatorWarning.LINE + "\r\n"));
    }

    @Test
    void anyOtherFirstLineStays() {
        assertEquals("error: x\nmore\n", copy("error: x\nmore\n"));
        assertEquals("no newline at all", copy("no newline at all"));
        assertEquals("", copy(""));
    }

    @Test
    void theWarningLaterOnIsNotTheJvmsAndStays() {
        String later = "first\n" + IncubatorWarning.LINE + "\n";
        assertEquals(later, copy(later));
    }
}
