package app.conv3d.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * How long the app takes from launch to its first picture: starts the app as a new process (the same Java, class
 * path and JVM options as this one, plus {@code -D}{@value StartupProbe#PROPERTY}), and times from starting it to the
 * line it prints once the frame with the default lesson's features has been presented ({@link StartupProbe}).
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    /** One launch: ms from starting the process to the features on screen, and what the process said on the way. */
    public record Launch(double millis, List<String> probe) {
    }

    /**
     * Launches {@code mainClass} (the app's entry point, which opens the window when given no arguments) once, waiting
     * at most {@code timeout}; each line the probe prints goes to {@code each} as well.
     */
    public static Launch launchOnce(String mainClass, Duration timeout, Consumer<String> each)
            throws IOException, InterruptedException, TimeoutException {
        Path errors = Files.createTempFile("conv3d-startup", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command(mainClass)).redirectError(errors.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> probe = new ArrayList<>();
                Thread watchdog = watchdog(process, timeout);
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals(StartupProbe.ON_SCREEN)) {
                        double millis = (System.nanoTime() - start) / 1e6;
                        watchdog.interrupt();
                        process.waitFor(10, TimeUnit.SECONDS);
                        return new Launch(millis, List.copyOf(probe));
                    }
                    if (line.startsWith("startup-probe: ")) {
                        probe.add(line);
                        each.accept(line);
                    }
                }
                watchdog.interrupt();
                if (System.nanoTime() - start > timeout.toNanos()) {
                    throw new TimeoutException("the window showed no features within " + timeout.toSeconds() + " s");
                }
                throw new IllegalStateException("the app ended before showing its features: " + lastLine(errors));
            } finally {
                process.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** Ends the process if it has not shown its features in time (which ends the parent's reading). */
    private static Thread watchdog(Process process, Duration timeout) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(timeout.toMillis());
                process.destroyForcibly();
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "startup-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** System properties that choose how the window is made (pipeline, platform, view), passed to the new JVM. */
    private static final List<String> PASSED_ON = List.of("prism.", "glass.", "monocle.", "headless.", "conv3d.");

    /** This JVM's java, options (the incubator module always) and class path, running {@code mainClass}. */
    static List<String> command(String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean vector = false;
        for (String option : options) {
            if (option.startsWith("-agentlib:jdwp") || option.startsWith("-D" + StartupProbe.PROPERTY)) {
                continue;
            }
            vector |= option.contains("jdk.incubator.vector");
            command.add(option);
        }
        if (!vector) {
            command.add("--add-modules=jdk.incubator.vector");
        }
        // settings made at run time rather than on the command line (e.g. a test's headless toolkit) go along too
        for (String name : System.getProperties().stringPropertyNames()) {
            boolean window = PASSED_ON.stream().anyMatch(name::startsWith);
            if (window && options.stream().noneMatch(o -> o.startsWith("-D" + name + "="))) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        return command;
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "no message";
    }
}
