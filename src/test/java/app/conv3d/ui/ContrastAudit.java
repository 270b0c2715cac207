package app.conv3d.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * WCAG contrast of every piece of text in a scene against what is behind it. Labels, buttons and text fields
 * all draw their words as {@link Text} nodes inside their skins, so the audit visits the Text nodes: their fill
 * (with the opacity of the node and its parents) over the effective background, found by walking up the parents
 * to the first opaque background fill (translucent fills on the way are laid over it; a gradient counts by its
 * worst stop; the scene's fill when no region has one). Disabled controls are left out, as WCAG leaves them out.
 * Call on the FX thread, after CSS and layout.
 */
public final class ContrastAudit {
    /** WCAG 2.x level AA for normal text. */
    public static final double AA = 4.5;

    private ContrastAudit() {
    }

    /** One piece of text below the ratio. */
    public record Finding(String where, String text, Color foreground, Color background, double ratio) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s \"%s\": %s on %s = %.2f:1", where, text, hex(foreground),
                    hex(background), ratio);
        }
    }

    /** Every visible, enabled text of {@code scene} whose contrast is below {@code minimum}. */
    public static List<Finding> below(Scene scene, double minimum) {
        List<Finding> found = new ArrayList<>();
        visit(scene, scene.getRoot(), minimum, found);
        return found;
    }

    private static void visit(Scene scene, Node node, double minimum, List<Finding> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text) {
            check(scene, text, minimum, found);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(scene, child, minimum, found);
            }
        }
    }

    private static void check(Scene scene, Text text, double minimum, List<Finding> found) {
        String words = text.getText();
        Bounds b = text.getBoundsInLocal();
        if (words == null || words.isBlank() || text.isDisabled() || b.getWidth() <= 0 || b.getHeight() <= 0
                || !(text.getFill() instanceof Color fill)) {
            return;
        }
        double alpha = fill.getOpacity();
        for (Node n = text; n != null; n = n.getParent()) {
            alpha *= n.getOpacity();
        }
        for (Color back : backgrounds(scene, text)) {
            Color fore = over(fill, alpha, back);
            double ratio = ratio(fore, back);
            if (ratio < minimum) {
                found.add(new Finding(describe(text), words.strip(), fore, back, ratio));
                return;
            }
        }
    }

    /** The colours that may be behind {@code node}: one, or one per stop of a gradient. */
    static List<Color> backgrounds(Scene scene, Node node) {
        List<List<Color>> layers = new ArrayList<>(); // translucent layers, nearest first
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (!(n instanceof Region r) || r.getBackground() == null) {
                continue;
            }
            List<Color> top = topFill(r.getBackground());
            if (top.isEmpty()) {
                continue;
            }
            if (top.stream().allMatch(c -> c.getOpacity() >= 0.999)) {
                return composite(top, layers);
            }
            layers.add(top);
        }
        Paint sceneFill = scene.getFill();
        List<Color> base = sceneFill instanceof Color c && c.getOpacity() > 0 ? List.of(c) : List.of(Color.WHITE);
        return composite(base, layers);
    }

    /** The colours of the last visible fill of a background (the one drawn on top, under the text). */
    private static List<Color> topFill(Background background) {
        List<BackgroundFill> fills = background.getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            List<Color> colours = colours(fills.get(i).getFill());
            if (colours.stream().anyMatch(c -> c.getOpacity() > 0.001)) {
                return colours;
            }
        }
        return List.of();
    }

    private static List<Color> colours(Paint paint) {
        if (paint instanceof Color c) {
            return List.of(c);
        }
        List<Stop> stops = paint instanceof LinearGradient g ? g.getStops()
                : paint instanceof RadialGradient g ? g.getStops() : List.of();
        return stops.stream().map(Stop::getColor).toList();
    }

    private static List<Color> composite(List<Color> base, List<List<Color>> layers) {
        List<Color> now = base;
        for (int i = layers.size() - 1; i >= 0; i--) {
            List<Color> next = new ArrayList<>();
            for (Color under : now) {
                for (Color top : layers.get(i)) {
                    next.add(over(top, top.getOpacity(), under));
                }
            }
            now = next;
        }
        return now;
    }

    /** {@code top} with opacity {@code alpha} drawn over the opaque {@code under}. */
    private static Color over(Color top, double alpha, Color under) {
        double a = Math.max(0, Math.min(1, alpha));
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** WCAG 2.x contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.x relative luminance of an sRGB colour. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String describe(Node text) {
        StringBuilder path = new StringBuilder();
        for (Node n = text.getParent(); n != null && path.length() < 160; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            path.insert(0, path.length() == 0 ? name : name + " > ");
            if (n.getId() != null) {
                break;
            }
        }
        return path.toString();
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
