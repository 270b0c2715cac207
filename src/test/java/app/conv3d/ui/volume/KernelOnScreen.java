package app.conv3d.ui.volume;

import static app.conv3d.ui.volume.FxTestSupport.near;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.image.Image;

/** Where the kernel's orange shows in a picture of the window, to check what a view says about its kernel box. */
final class KernelOnScreen {
    private static final IntPredicate ORANGE = near(255, 150, 20, 40);

    private KernelOnScreen() {
    }

    /** The bounding box of the kernel's orange pixels in {@code picture}, outside {@code legend} (orange words). */
    static Bounds orange(Image picture, Bounds legend) {
        int w = (int) picture.getWidth();
        int[] argb = FxTestSupport.argb(picture);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < argb.length; i++) {
            if (ORANGE.test(argb[i]) && !legend.contains(i % w, i / w)) {
                minX = Math.min(minX, i % w);
                maxX = Math.max(maxX, i % w);
                minY = Math.min(minY, i / w);
                maxY = Math.max(maxY, i / w);
            }
        }
        assertTrue(maxX >= 0, "the kernel shows in the picture");
        return new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** {@code said} and {@code seen} are the same box to within {@code slack} pixels on every side. */
    static void assertSameBox(Bounds said, Bounds seen, double slack) {
        assertTrue(Math.abs(said.getMinX() - seen.getMinX()) <= slack && Math.abs(said.getMaxX() - seen.getMaxX()) <= slack
                && Math.abs(said.getMinY() - seen.getMinY()) <= slack
                && Math.abs(said.getMaxY() - seen.getMaxY()) <= slack,
                "the view says the kernel is at " + said + ", the picture shows it at " + seen);
    }
}
