package app.conv3d.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane keeps its content as a bitmap (the viewport is cached) so that scrolling is cheap. Content that
 * changes at every step of the walkthrough, every kernel edit or every frame of a sweep (the arithmetic, the growing
 * feature slice) then redraws all of it into the bitmap and the bitmap onto the window, where without the cache only
 * what changed is drawn.
 */
public final class UncachedScroll {
    private UncachedScroll() {
    }

    /** {@code pane} without the viewport's bitmap, once its skin exists. */
    public static ScrollPane of(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = pane.lookup(".viewport"); // the scroll pane's documented substructure
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return pane;
    }
}
