package app.conv3d.ui.app;

/** The window's colours: a stylesheet laid over explorer.css. */
public enum Theme {
    PROJECTOR("Projector (light, high contrast)", "/app/conv3d/ui/theme-projector.css"),
    DARK("Dark", "/app/conv3d/ui/theme-dark.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    /** The stylesheet's URL, as a scene's stylesheet list holds it. */
    public String stylesheetUrl() {
        return java.util.Objects.requireNonNull(Theme.class.getResource(stylesheet), stylesheet).toExternalForm();
    }

    /** Parses "dark" or "projector" (any case). */
    public static Theme parse(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return label;
    }
}
