package app.conv3d.boot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fast path without flags: a JVM started without {@code --add-modules jdk.incubator.vector} (a plain
 * {@code java -jar}) runs the program again in a JVM that has it, with the same streams, and passes its exit code on
 * (the JVM's own "Using incubator modules" line is left out of its error stream: the user asked for no module, and a
 * command's error is one line).
 * Where that cannot be done (no java executable found, a runtime without the module, the start fails) the program
 * carries on here on the scalar engine, and the window and {@code bench} say how to get the fast path
 * ({@code Conv3d.fastPathHint()}).
 */
public final class Relaunch {
    private Relaunch() {
    }

    /** Runs {@code mainClass} with {@code args} in a JVM with the Vector API and returns its exit code, or empty. */
    public static OptionalInt withVectorApi(Class<?> mainClass, String[] args) {
        if (ModuleLayer.boot().findModule(RelaunchPlan.VECTOR_MODULE).isPresent()) {
            return OptionalInt.empty(); // the usual case, decided before the management classes load
        }
        Optional<List<String>> command = RelaunchPlan.command(new RelaunchPlan.Situation(
                false,
                ModuleFinder.ofSystem().find(RelaunchPlan.VECTOR_MODULE).isPresent(),
                System.getenv(RelaunchPlan.GUARD) != null,
                System.getProperty("conv3d.engine"),
                javaExecutable(),
                System.getProperty("java.class.path"),
                mainClass.getName(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                List.of(args)));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO().redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().put(RelaunchPlan.GUARD, "1");
        // Their contents are among this JVM's options already, which the command repeats.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        try {
            Process child = builder.start();
            Thread errors = new Thread(() -> IncubatorWarning.copyWithout(child.getErrorStream(), System.err),
                    "relaunch-stderr");
            errors.setDaemon(true);
            errors.start();
            Thread stop = new Thread(child::destroy, "relaunch-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = waitFor(child);
            Runtime.getRuntime().removeShutdownHook(stop);
            joinQuietly(errors);
            return OptionalInt.of(code);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy(); // nobody interrupts the main thread but a shutdown: pass it on
            }
        }
    }

    /** The executable running this JVM (javaw on Windows stays javaw), else java in java.home. */
    private static Optional<Path> javaExecutable() {
        Optional<Path> running = ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith("java"));
        if (running.isPresent() && Files.isExecutable(running.get())) {
            return running;
        }
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
    }
}
