package app.conv3d.boot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether to start this program again with the Vector API module, and the command that does it: the decision apart
 * from the JVM it is made on, so it can be tested without starting one. The new JVM gets the same options, class
 * path, main class and arguments, plus {@code --add-modules=jdk.incubator.vector}, and {@link #GUARD} in its
 * environment so it never relaunches in turn.
 */
public final class RelaunchPlan {
    /** Set in the relaunched JVM's environment; a JVM that finds it runs as it is. */
    public static final String GUARD = "CONV3D_RELAUNCHED";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final String ADD_VECTOR = "--add-modules=" + VECTOR_MODULE;

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
        command.add(ADD_VECTOR);
        command.add("-cp");
        command.add(s.classPath());
        command.add(s.mainClass());
        command.addAll(s.args());
        return Optional.of(command);
    }

    /** A debugger's agent listens on a port: a second JVM with it would fail to start, or stop for a debugger. */
    private static boolean debuggerAgent(String option) {
        return option.startsWith("-agentlib:jdwp") || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug");
    }
}
