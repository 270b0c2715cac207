package app.conv3d.ui.layout;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One named rectangle of the window, in the window's pixels from its top left corner. */
public record ScreenRegion(String name, double x, double y, double width, double height) {

    public ScreenRegion {
        Objects.requireNonNull(name);
    }

    /** This region's width as a share of {@code whole}'s. */
    public double widthShareOf(ScreenRegion whole) {
        return width / whole.width;
    }

    /**
     * The regions as one JSON object, each under its name: {@code {"volume": {"x": 12, "y": 96, "width": 700,
     * "height": 520}, ...}}, in the order given. Pixels to a tenth.
     */
    public static String toJson(List<ScreenRegion> regions) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < regions.size(); i++) {
            ScreenRegion r = regions.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("  \"").append(r.name).append("\": {\"x\": ").append(number(r.x))
                    .append(", \"y\": ").append(number(r.y)).append(", \"width\": ").append(number(r.width))
                    .append(", \"height\": ").append(number(r.height)).append('}');
        }
        return s.append("\n}\n").toString();
    }

    private static String number(double v) {
        double tenths = Math.round(v * 10) / 10.0;
        return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }
}
