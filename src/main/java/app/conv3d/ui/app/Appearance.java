package app.conv3d.ui.app;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * The window's theme and text size, applied to its scene: the theme as a stylesheet after
 * explorer.css, the size as {@code -fx-font-size} on the root (explorer.css sizes everything else in em).
 * The root's own size is explorer.css's: 17px, 18px on a wide window.
 */
public final class Appearance {
    /** explorer.css's root font sizes, normal and wide. */
    static final double BASE_PX = 17;
    static final double WIDE_PX = 18;

    private final Scene scene;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.PROJECTOR);
    private final ObjectProperty<UiScale> scale = new SimpleObjectProperty<>(this, "scale", UiScale.P100);

    private Appearance(Scene scene) {
        this.scene = scene;
    }

    /** Keeps {@code scene} dressed in this appearance from now on (starting with the projector theme at 100%). */
    public static Appearance install(Scene scene) {
        Appearance a = new Appearance(scene);
        a.theme.addListener((obs, old, now) -> a.applyTheme());
        a.scale.addListener((obs, old, now) -> a.applyScale());
        // MainWindow switches the root to .wide on a big window: the base size follows.
        scene.getRoot().getStyleClass().addListener((ListChangeListener<String>) c -> a.applyScale());
        a.applyTheme();
        a.applyScale();
        return a;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<UiScale> scaleProperty() {
        return scale;
    }

    /** The root font size now in effect, in pixels. */
    public double rootFontPx() {
        boolean wide = scene.getRoot().getStyleClass().contains("wide");
        return (wide ? WIDE_PX : BASE_PX) * scale.get().percent() / 100.0;
    }

    private void applyTheme() {
        var sheets = scene.getStylesheets();
        sheets.removeAll(Arrays.stream(Theme.values()).map(Theme::stylesheetUrl).toList());
        sheets.add(theme.get().stylesheetUrl());
    }

    private void applyScale() {
        String style = scale.get() == UiScale.P100 ? "" : "-fx-font-size: " + rootFontPx() + "px;";
        if (!style.equals(scene.getRoot().getStyle())) {
            scene.getRoot().setStyle(style);
        }
    }
}
