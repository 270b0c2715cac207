package app.conv3d.core;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Picks the engine once per JVM. The Vector API engine is only ever loaded by name, and only when the
 * incubator module is in the boot layer: a JVM started without {@code --add-modules
 * jdk.incubator.vector} then gets the scalar engine instead of a NoClassDefFoundError.
 */
final class ConvEngines {
    /** System property: {@code scalar} forces the scalar engine (to compare, or to rule the fast path out). */
    static final String PROPERTY = "conv3d.engine";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_ENGINE = "app.conv3d.core.VectorConvEngine";

    enum Choice { VECTOR, SCALAR }

    private static final ConvEngine SCALAR = new ScalarConvEngine();
    private static volatile CompletableFuture<?> warmUpGate = CompletableFuture.completedFuture(null);

    private ConvEngines() {
    }

    /** The decision, apart from the JVM it is made on, so it can be tested. */
    static Choice choose(boolean vectorModulePresent, String property) {
        if (property != null && property.trim().equalsIgnoreCase("scalar")) {
            return Choice.SCALAR;
        }
        return vectorModulePresent ? Choice.VECTOR : Choice.SCALAR;
    }

    static final String FAST_PATH_HINT = "slow path: Java was started without the Vector API; for the fast path run "
            + "java --add-modules jdk.incubator.vector -jar conv3d-explorer.jar, or use the installer";

    /** The hint when the scalar engine runs for want of the module, not because it was asked for. */
    static Optional<String> fastPathHint(boolean vectorModulePresent, String property) {
        return !vectorModulePresent && choose(true, property) == Choice.VECTOR
                ? Optional.of(FAST_PATH_HINT) : Optional.empty();
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** The engine {@link Conv3d#apply} uses on this JVM once warmed up. */
    static ConvEngine selected() {
        return Selected.ENGINE;
    }

    /**
     * The engine to use for a call now: the selected one, except that the vector engine waits for its
     * warm-up (see {@link EngineWarmUp}) and the scalar engine stands in meanwhile.
     */
    static ConvEngine current() {
        EngineWarmUp warmUp = Selected.WARM_UP;
        return warmUp == null || warmUp.isDone() ? Selected.ENGINE : SCALAR;
    }

    /** Blocks until the selected engine is ready for full speed; false on timeout. */
    static boolean awaitWarm(long timeoutMillis) throws InterruptedException {
        EngineWarmUp warmUp = Selected.WARM_UP;
        return warmUp == null || warmUp.await(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The warm-up starts its work once this completes. */
    static CompletableFuture<?> warmUpGate() {
        return warmUpGate;
    }

    static void delayWarmUp(CompletableFuture<?> until) {
        warmUpGate = until;
    }

    /** This JVM's warm-up of the selected engine, started on first use (none for the scalar engine). */
    static Optional<EngineWarmUp> warmUp() {
        return Optional.ofNullable(Selected.WARM_UP);
    }

    static ConvEngine scalar() {
        return SCALAR;
    }

    /** The Vector API engine, if this JVM can run it (whatever the property says). */
    static Optional<ConvEngine> vector() {
        return Optional.ofNullable(Selected.VECTOR);
    }

    /** Holder: resolved on first use, not when Conv3d's shape checks run. */
    private static final class Selected {
        static final ConvEngine VECTOR = vectorModulePresent() ? loadVector() : null;
        static final ConvEngine ENGINE =
                choose(VECTOR != null, System.getProperty(PROPERTY)) == Choice.VECTOR ? VECTOR : SCALAR;
        static final EngineWarmUp WARM_UP = ENGINE == SCALAR ? null : EngineWarmUp.start(ENGINE);

        private static ConvEngine loadVector() {
            try {
                return (ConvEngine) Class.forName(VECTOR_ENGINE).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }
    }
}
