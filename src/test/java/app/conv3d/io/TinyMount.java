package app.conv3d.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a test folder: a disk that fills up after a few kilobytes, or (remounted
 * read-only) a folder even root cannot write into. Tests that need it are skipped where mounting is
 * not permitted.
 */
public final class TinyMount implements AutoCloseable {
    private final Path dir;

    private TinyMount(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "64k") on {@code dir}, or skips the test. */
    public static TinyMount tmpfs(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()),
                "mounting a tmpfs is not permitted here");
        return new TinyMount(dir);
    }

    /** Makes the mount read-only (after the test has put its files there). */
    public TinyMount readOnly() throws IOException, InterruptedException {
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", dir.toString()), "remounting read-only is not permitted");
        return this;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", dir.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false; // no mount command at all
        }
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
