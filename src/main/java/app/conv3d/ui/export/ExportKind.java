package app.conv3d.ui.export;

import app.conv3d.ui.files.FileChoice;

/** The things a course author can export from the current lesson, as the Export menu lists them. */
public enum ExportKind {
    INPUT_GIF("Input clip GIF", "The lesson's clip, frame by frame, as a looping GIF.", FileChoice.Purpose.EXPORT_GIF,
            true, 2),
    FEATURE_GIF("Feature GIF (selected kernel)", "The selected kernel's feature volume, slice by slice, in the current colours.",
            FileChoice.Purpose.EXPORT_GIF, true, 4),
    BANK_GRID_GIF("Bank grid GIF", "Every kernel's features side by side in a grid, one GIF frame per time step.",
            FileChoice.Purpose.EXPORT_GIF, true, 4),
    SIDE_BY_SIDE_GIF("Side-by-side GIF", "Each output slice next to the input frame at the centre of its window.",
            FileChoice.Purpose.EXPORT_GIF, true, 2),
    WALKTHROUGH_GIF("Walkthrough GIF", "The 3D volume and the feature view recorded while the kernel steps through a range.",
            FileChoice.Purpose.EXPORT_GIF, true, 0),
    SLICE_PNG("Current slice PNG", "The feature slice on screen now, as a PNG.", FileChoice.Purpose.EXPORT_PNG,
            false, 8),
    MONTAGE_PNG("Montage PNG", "All slices of the selected kernel's features in one PNG.", FileChoice.Purpose.EXPORT_PNG,
            false, 4),
    FEATURES_NPY("Features .npy", "The raw feature values as a NumPy array (kernels, t, h, w).",
            FileChoice.Purpose.EXPORT_NPY, false, 0);

    private final String label;
    private final String explanation;
    private final FileChoice.Purpose purpose;
    private final boolean animated;
    private final int defaultScale;

    ExportKind(String label, String explanation, FileChoice.Purpose purpose, boolean animated, int defaultScale) {
        this.label = label;
        this.explanation = explanation;
        this.purpose = purpose;
        this.animated = animated;
        this.defaultScale = defaultScale;
    }

    /** One sentence saying what the file will show. */
    public String explanation() {
        return explanation;
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
        return label;
    }
}
