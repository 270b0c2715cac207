package app.conv3d.ui.fuzz;

import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps every window of the test inside the headless screen. Monocle's headless screen copies each window into one
 * framebuffer of the screen's size and throws (BufferOverflowException) for a window reaching past its edge, where a
 * real desktop simply clips it; the monkey's large text sizes and dialogs placed beside their owner reach past it.
 */
final class OnScreen implements AutoCloseable {
    private final ListChangeListener<Window> watcher = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(OnScreen::keep);
        }
    };

    /** Starts watching; call on the FX thread. */
    OnScreen() {
        Window.getWindows().forEach(OnScreen::keep);
        Window.getWindows().addListener(watcher);
    }

    private static void keep(Window w) {
        Runnable clamp = () -> {
            Rectangle2D screen = Screen.getPrimary().getBounds();
            if (w.getWidth() > screen.getWidth()) {
                w.setWidth(screen.getWidth());
            }
            if (w.getHeight() > screen.getHeight()) {
                w.setHeight(screen.getHeight());
            }
            double x = Math.max(screen.getMinX(), Math.min(w.getX(), screen.getMaxX() - w.getWidth()));
            double y = Math.max(screen.getMinY(), Math.min(w.getY(), screen.getMaxY() - w.getHeight()));
            if (x != w.getX()) {
                w.setX(x);
            }
            if (y != w.getY()) {
                w.setY(y);
            }
        };
        w.xProperty().addListener((obs, old, now) -> clamp.run());
        w.yProperty().addListener((obs, old, now) -> clamp.run());
        w.widthProperty().addListener((obs, old, now) -> clamp.run());
        w.heightProperty().addListener((obs, old, now) -> clamp.run());
        clamp.run();
    }

    /** Stops watching new windows; call on the FX thread. */
    @Override
    public void close() {
        Window.getWindows().removeListener(watcher);
    }
}
