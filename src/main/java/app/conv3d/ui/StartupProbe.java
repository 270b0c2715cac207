package app.conv3d.ui;

import app.conv3d.ui.lesson.Lesson;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import javafx.stage.Stage;

/**
 * For {@code bench --startup}: in a window started with {@code -D}{@value #PROPERTY}, prints when the window was
 * shown, when the first features arrived and when the frame showing them was presented (milliseconds since the JVM
 * started), then ends the process. The parent process times the last line's arrival from its own launch of this one.
 */
final class StartupProbe {
    static final String PROPERTY = "conv3d.startupProbe";
    /** The line that says the features are on screen; the parent waits for it. */
    static final String ON_SCREEN = "startup-probe: features on screen";

    private StartupProbe() {
    }

    /**
     * Does nothing unless the property is set. Call on the FX thread once the window is built, with its stage (scene
     * set, not yet shown), the time the app's {@code start} was called ({@link #uptime}), and {@code clipDrawn}, which
     * completes with the time the built-in clip was drawn.
     */
    static void attachIfAsked(Stage stage, Lesson lesson, long started, CompletableFuture<Long> clipDrawn) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        RenderedFrames frames = RenderedFrames.of(stage.getScene());
        long built = uptime();
        stage.setOnShown(e -> System.out.println("startup-probe: toolkit started at " + started + " ms, window built at "
                + built + " ms, shown at " + uptime() + " ms"));
        clipDrawn.thenAccept(at -> System.out.println("startup-probe: clip drawn at " + at + " ms"));
        lesson.computedProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                long arrived = uptime();
                frames.afterNextFrame(presented -> {
                    System.out.println("startup-probe: features arrived at " + arrived + " ms, on screen at " + uptime()
                            + " ms (computing " + now.millis() + " ms; " + cpuMillis() + " ms of CPU time so far)");
                    System.out.println(ON_SCREEN);
                    System.out.flush();
                    new Thread(() -> System.exit(0), "startup-probe-exit").start();
                });
            }
        });
    }

    /** The process's CPU time on all its threads: on a busy machine, what the start-up would cost a quiet one. */
    private static long cpuMillis() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1_000_000;
    }

    static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
