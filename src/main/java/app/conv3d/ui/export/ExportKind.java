package app.conv3d.ui.export;

import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.i18n.Messages;

/** The things a course author can export from the current lesson, as the Export menu lists them. */
public enum ExportKind {
    INPUT_GIF(FileChoice.Purpose.EXPORT_GIF, true, 2),
    FEATURE_GIF(FileChoice.Purpose.EXPORT_GIF, true, 4),
    BANK_GRID_GIF(FileChoice.Purpose.EXPORT_GIF, true, 4),
    SIDE_BY_SIDE_GIF(FileChoice.Purpose.EXPORT_GIF, true, 2),
    WALKTHROUGH_GIF(FileChoice.Purpose.EXPORT_GIF, true, 0),
    SLICE_PNG(FileChoice.Purpose.EXPORT_PNG, false, 8),
    MONTAGE_PNG(FileChoice.Purpose.EXPORT_PNG, false, 4),
    FEATURES_NPY(FileChoice.Purpose.EXPORT_NPY, false, 0);

    private final FileChoice.Purpose purpose;
    private final boolean animated;
    private final int defaultScale;

    ExportKind(FileChoice.Purpose purpose, boolean animated, int defaultScale) {
        this.purpose = purpose;
        this.animated = animated;
        this.defaultScale = defaultScale;
    }

    /** One sentence saying what the file will show. */
    public String explanation() {
        return Messages.text("export.kind." + name() + ".explanation");
    }

    public FileChoice.Purpose purpose() {
        return purpose;
    }

    /** Whether a frame delay applies. */
    public boolean animated() {
        return animated;
    }

    /** Whether the export can be enlarged (a window recording is taken at the window's own size). */
    public boolean scalable() {
        return defaultScale > 0;
    }

    public int defaultScale() {
        return Math.max(1, defaultScale);
    }

    /** The largest enlargement offered. */
    public int maxScale() {
        return 16;
    }

    @Override
    public String toString() {
        return Messages.text("export.kind." + name());
    }
}
