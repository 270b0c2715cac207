package app.conv3d;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A class of the test class path run in a fresh JVM, its output sent to files (so a child that hangs or
 * floods its pipes cannot hang the build) and its life bounded by a timeout.
 */
public final class ChildJvm {
    private final List<String> command = new ArrayList<>();
    private final ProcessBuilder builder;
    private final Path out;
    private final Path err;

    /** A child running {@code mainClass} with {@code jvmFlags} and {@code args}, its output in {@code dir}. */
    public ChildJvm(Path dir, List<String> jvmFlags, Class<?> mainClass, String... args) throws IOException {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        out = Files.createTempFile(dir, "child", ".out");
        err = Files.createTempFile(dir, "child", ".err");
        builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    }

    /** Runs the JVM under {@code words} (e.g. {@code setpriv ...}); call before {@link #start()} or {@link #run}. */
    public ChildJvm prefix(String... words) {
        command.addAll(0, List.of(words));
        return this;
    }

    /** The child's environment, to change before {@link #start()} or {@link #run}. */
    public Map<String, String> environment() {
        return builder.environment();
    }

    public Process start() throws IOException {
        return builder.start();
    }

    /** Runs the child to its end, killing it after {@code timeoutSeconds}. */
    public Result run(long timeoutSeconds) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start();
        boolean ended = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(ended ? p.exitValue() : -1, ended, millis, out(), err());
    }

    public String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** How a child ended: its exit code (-1 when killed at the timeout), its time and what it printed. */
    public record Result(int exitCode, boolean ended, long millis, String out, String err) {
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms; stdout: " + out + "; stderr: " + err;
        }
    }
}
