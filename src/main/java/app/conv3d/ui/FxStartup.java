package app.conv3d.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/** Starts the JavaFX toolkit for a command that opens the window without {@code Application.launch}. */
final class FxStartup {
    private FxStartup() {
    }

    /** Starts the toolkit once (a no-op when it runs already); closing a window does not end it. */
    static void start() {
        Platform.setImplicitExit(false);
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        started.join();
    }
}
