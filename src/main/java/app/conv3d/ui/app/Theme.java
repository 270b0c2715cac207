package app.conv3d.ui.app;

import app.conv3d.ui.i18n.Messages;

/** The window's colours: a stylesheet laid over explorer.css. */
public enum Theme {
    PROJECTOR("/app/conv3d/ui/theme-projector.css"),
    DARK("/app/conv3d/ui/theme-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
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
        return Messages.text("theme." + name());
    }
}
