package app.conv3d.boot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether to start this program again with the Vector API module, and the command that does it: the decision apart
 * from the JVM it is made on, so it can be tested without starting one. The new JVM gets the same options, class
 * path, main class and arguments, plus {@code --add-modules=jdk.incubator.vector}, the heap cap {@link #HEAP} unless
 * the options set a heap, and {@link #GUARD} in its environment so it never relaunches in turn.
 */
public final class RelaunchPlan {
    /** Set in the relaunched JVM's environment; a JVM that finds it runs as it is. */
    public static final String GUARD = "CONV3D_RELAUNCHED";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final String ADD_VECTOR = "--add-modules=" + VECTOR_MODULE;
    /**
     * The heap the program gets unless its command line sets one. Left to itself, on a 24 GB machine the JVM may grow
     * its heap to 6 GB, and live mode's 400 MB a second of short-lived pictures made G1 commit 1-2.5 GB for a live
     * set of 200 MB; capped, a live lesson stays under 800 MB resident at the same rate. 1 GB is also what the
     * largest inputs are tested with (cli.MemoryBudgetTest): a half-gigabyte clip still renders. The same cap is in
     * pom.xml for {@code javafx:run} and the installed app.
     */
    public static final String HEAP = "-Xmx1g";

    /** What the decision looks at, all read from the running JVM by {@link Relaunch}. */
    public record Situation(
            boolean vectorLoaded,      // jdk.incubator.vector is in the boot layer already
            boolean vectorInRuntime,   // the runtime has the module at all (a trimmed runtime may not)
            boolean guardSet,          // this JVM was itself relaunched
            String engineProperty,     // -Dconv3d.engine, "scalar" asks for the slow path anyway
            Optional<Path> java,       // the java executable that runs this JVM, if found
            String classPath,
            String mainClass,
            List<String> jvmOptions,
            List<String> args) {
    }

    private RelaunchPlan() {
    }

    /** The command to run instead of this JVM, or empty to carry on here. */
    public static Optional<List<String>> command(Situation s) {
        boolean scalarAsked = s.engineProperty() != null && s.engineProperty().trim().equalsIgnoreCase("scalar");
        if (s.vectorLoaded() || !s.vectorInRuntime() || s.guardSet() || scalarAsked || s.java().isEmpty()
                || s.classPath() == null || s.classPath().isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(s.java().get().toString());
        for (String option : s.jvmOptions()) {
            if (!debuggerAgent(option)) {
                command.add(option);
            }
        }
        if (s.jvmOptions().stream().noneMatch(RelaunchPlan::setsHeap)) {
            command.add(HEAP);
        }
        command.add(ADD_VECTOR);
        command.add("-cp");
        command.add(s.classPath());
        command.add(s.mainClass());
        command.addAll(s.args());
        return Optional.of(command);
    }

    /** Whether the option decides the heap's size already (as -Xmx, or as a share of the machine's memory). */
    private static boolean setsHeap(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM");
    }

    /** A debugger's agent listens on a port: a second JVM with it would fail to start, or stop for a debugger. */
    private static boolean debuggerAgent(String option) {
        return option.startsWith("-agentlib:jdwp") || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug");
    }
}
