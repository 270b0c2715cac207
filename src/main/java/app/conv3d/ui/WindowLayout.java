package app.conv3d.ui;

import app.conv3d.ui.layout.ScreenRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/**
 * Where the window's regions are on screen, by name: what {@code snapshot --layout} writes and the layout tests
 * measure. A region that is not showing (the arithmetic folded away, the kernel lab closed) is left out.
 */
public final class WindowLayout {
    /** A region of the window by the name the layout file gives it. */
    private record Named(String name, Function<MainWindow, Optional<Bounds>> where) {
    }

    /** The regions, in the file's order; one line each. */
    private static final List<Named> REGIONS = List.of(
            new Named("window", w -> shown(w.scene().getRoot())),
            new Named("volume", w -> shown(w.volumeView())),
            new Named("features", w -> shown(w.features())),
            new Named("arithmetic", w -> shown(w.arithmetic())),
            new Named("kernelLab", w -> w.kernelLab().flatMap(WindowLayout::shown)),
            new Named("kernel", w -> w.volumeView().kernelSceneBounds()),
            new Named("closeUp", w -> shown(w.closeUp())),
            new Named("closeUpKernel", w -> Optional.ofNullable(w.closeUp().kernelBoundsInScene())));

    private WindowLayout() {
    }

    /** The regions of {@code window} showing now; call on the FX thread after a layout pass. */
    public static List<ScreenRegion> measure(MainWindow window) {
        List<ScreenRegion> regions = new ArrayList<>();
        for (Named n : REGIONS) {
            n.where().apply(window).ifPresent(b ->
                    regions.add(new ScreenRegion(n.name(), b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())));
        }
        return regions;
    }

    /** The region named {@code name} in {@code regions}. */
    public static Optional<ScreenRegion> find(List<ScreenRegion> regions, String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** {@code node}'s bounds in the window while it is in it and showing. */
    private static Optional<Bounds> shown(Node node) {
        if (node.getScene() == null) {
            return Optional.empty();
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return Optional.empty();
            }
        }
        return Optional.of(node.localToScene(node.getLayoutBounds()));
    }
}
