package app.conv3d.ui.app;

import app.conv3d.ui.settings.UserSettings;
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
    private UserSettings memory = UserSettings.none();
    /** False while a launch option sets the look for this run only. */
    private boolean remembering = true;

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

    /**
     * Takes the theme and text size the teacher left last time from {@code settings} (their "appearance" part), and
     * writes every change there from now on. A stored value this app does not know is passed over.
     */
    public void remember(UserSettings settings) {
        memory = settings.part("appearance");
        try {
            theme.set(Theme.parse(memory.text("theme", theme.get().name())));
        } catch (IllegalArgumentException unknown) {
            // another version's theme: keep the one in effect
        }
        double percent = memory.number("textSize");
        try {
            if (!Double.isNaN(percent)) {
                scale.set(UiScale.of((int) percent));
            }
        } catch (IllegalArgumentException unknown) {
            // a size this version does not offer
        }
        theme.addListener((obs, old, now) -> store("theme", now.name()));
        scale.addListener((obs, old, now) -> {
            if (remembering) {
                memory.put("textSize", now.percent());
                memory.flush();
            }
        });
    }

    /** Sets the theme and text size for this run only (launch options); null leaves one as it is. */
    public void startWith(Theme startTheme, UiScale startScale) {
        remembering = false;
        try {
            if (startTheme != null) {
                theme.set(startTheme);
            }
            if (startScale != null) {
                scale.set(startScale);
            }
        } finally {
            remembering = true;
        }
    }

    private void store(String key, String value) {
        if (remembering) {
            memory.put(key, value);
            memory.flush();
        }
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
