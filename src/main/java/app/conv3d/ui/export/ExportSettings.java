package app.conv3d.ui.export;

/**
 * What the export dialog asks: milliseconds per GIF frame, whole-number enlargement, and for a
 * walkthrough recording the first and last walkthrough position (inclusive).
 */
public record ExportSettings(int delayMs, int scale, int fromStep, int toStep) {
    public ExportSettings {
        if (delayMs < 20 || delayMs > 10_000) {
            throw new IllegalArgumentException("the frame delay must be 20..10000 ms, got " + delayMs);
        }
        if (scale < 1) {
            throw new IllegalArgumentException("the scale must be at least 1, got " + scale);
        }
        if (fromStep < 0 || toStep < fromStep) {
            throw new IllegalArgumentException("the steps must run forward from 0, got " + fromStep + ".." + toStep);
        }
    }
}
