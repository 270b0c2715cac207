package app.conv3d.ui.app;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon in the sizes a desktop picks from (title bar, task bar, Alt+Tab), drawn by tools/IconGenerator.java
 * into assets/icons/ and put on the class path as app/conv3d/icons/.
 */
public final class AppIcon {
    /** The sizes drawn for windows, in pixels. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** The class-path name of the icon {@code size} pixels wide. */
    static String resource(int size) {
        return "/app/conv3d/icons/conv3d-explorer-" + size + ".png";
    }

    /** Loaded once, on first use (an Image needs the toolkit). */
    private static List<Image> images;

    /** Every size, smallest first. */
    public static synchronized List<Image> images() {
        if (images == null) {
            images = SIZES.stream().map(size -> new Image(Objects.requireNonNull(
                    AppIcon.class.getResource(resource(size)), resource(size)).toExternalForm())).toList();
        }
        return images;
    }

    /** Gives {@code stage} the icon (the main window and the help windows, which a desktop may show on their own). */
    public static void dress(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
