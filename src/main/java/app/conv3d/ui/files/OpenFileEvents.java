package app.conv3d.ui.files;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files the system asks the running app to open. On macOS a double-clicked lesson arrives as an "open file" Apple
 * event, not as an argument, and may arrive before the window exists: the handler is registered before JavaFX starts
 * (as AWT's {@code Desktop.setOpenFileHandler} asks, from a bundled app whose Info.plist declares the document type,
 * which jpackage's {@code --file-associations} writes) and the files wait here until the window takes them
 * ({@link #deliverTo}). Windows and Linux pass the file as an argument ({@code StartOptions}); there, and wherever
 * the desktop offers no such event, {@link #listen} registers nothing.
 */
public final class OpenFileEvents {
    private static final Logger LOG = Logger.getLogger(OpenFileEvents.class.getName());

    private final List<Path> waiting = new ArrayList<>();
    private Consumer<Path> target;
    private Executor fx;

    /** Files that are only kept until {@link #deliverTo}; nobody sends any unless registered ({@link #listen}). */
    public OpenFileEvents() {
    }

    /** Events registered with the desktop where it sends open-file events (macOS); elsewhere, none arrive. */
    public static OpenFileEvents listen() {
        OpenFileEvents events = new OpenFileEvents();
        // Only on macOS: elsewhere the event never comes, and asking AWT's Desktop would start AWT's toolkit for nothing.
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                    Desktop.getDesktop().setOpenFileHandler(e -> events.open(e.getFiles()));
                }
            } catch (RuntimeException | LinkageError e) { // a headless or stripped runtime: arguments still work
                LOG.log(Level.INFO, "no open-file events from the desktop: " + e);
            }
        }
        return events;
    }

    /** The system asks to open {@code files}: each goes to the window, or waits for it. Any thread. */
    public void open(List<File> files) {
        for (File f : files) {
            Path path = f.toPath().toAbsolutePath();
            Consumer<Path> t;
            Executor on;
            synchronized (this) {
                if (target == null) {
                    waiting.add(path);
                    continue;
                }
                t = target;
                on = fx;
            }
            on.execute(() -> t.accept(path));
        }
    }

    /** From now on files go to {@code target}, on {@code fx}; those that came before go first, in order. */
    public void deliverTo(Consumer<Path> target, Executor fx) {
        List<Path> before;
        synchronized (this) {
            this.target = Objects.requireNonNull(target);
            this.fx = Objects.requireNonNull(fx);
            before = List.copyOf(waiting);
            waiting.clear();
        }
        before.forEach(p -> fx.execute(() -> target.accept(p)));
    }
}
