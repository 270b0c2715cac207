package app.conv3d.boot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies a relaunched JVM's error stream on, without the warning every JVM with an incubator module prints first.
 * Only the first line is looked at; the rest is passed on byte for byte as it comes.
 */
final class IncubatorWarning {
    static final String LINE = "WARNING: Using incubator modules: jdk.incubator.vector";

    private IncubatorWarning() {
    }

    static void copyWithout(InputStream from, OutputStream to) {
        try (from) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            int b;
            while ((b = from.read()) != -1 && b != '\n') {
                first.write(b);
            }
            String line = first.toString(StandardCharsets.UTF_8).strip();
            if (!line.equals(LINE)) {
                first.writeTo(to);
                if (b == '\n') {
                    to.write('\n');
                }
                to.flush();
            }
            byte[] buffer = new byte[8192];
            int n;
            while ((n = from.read(buffer)) != -1) {
                to.write(buffer, 0, n);
                to.flush(); // a progress line without its end must show now, not at the next newline
            }
        } catch (IOException e) {
            // the child's stream closed under us: it has ended, and its exit code says how
        }
    }
}
