package app.conv3d.ui.closeup;

import java.util.List;

/**
 * What the close-up shows, cell by cell: a window of {@code rows x columns} input pixels around the receptive field,
 * once per kernel frame (the frames the kernel reads, in order), and once more for the channel the arithmetic
 * shows. Row and column numbers are the input's, starting at {@code firstRow}/{@code firstColumn} (negative in
 * the zero padding). Drawing it is the view's business; deciding it is the model's.
 *
 * @param frames one tile per kernel frame, tile {@code a} for kernel frame {@code a}
 * @param channel the selected frame's tile in the selected channel only; null for a one-channel clip
 * @param selectedFrame the kernel frame the arithmetic shows
 * @param hovering whether the window follows a hovered output value rather than the kernel
 */
public record CloseUp(int rows, int columns, int firstRow, int firstColumn, List<Tile> frames, Tile channel,
        int selectedFrame, boolean hovering) {

    /** A cell outside the input that the kernel reads as zero (the padding). */
    public static final int PADDING = 0x00000001;
    /** A cell outside the padded input: nothing there, not even zeros. */
    public static final int BEYOND = 0x00000000;

    public CloseUp {
        frames = List.copyOf(frames);
    }

    /** All tiles in drawing order: the frames, then the channel tile if there is one. */
    public List<Tile> tiles() {
        if (channel == null) {
            return frames;
        }
        var all = new java.util.ArrayList<>(frames);
        all.add(channel);
        return List.copyOf(all);
    }

    /**
     * One frame's window.
     *
     * @param kernelFrame which kernel frame reads it (the arithmetic's "kernel frame")
     * @param inputFrame which input frame it is (negative or past the end in the padding)
     * @param label its caption
     * @param cells row by row: opaque ARGB colours, or {@link #PADDING} / {@link #BEYOND}
     * @param skipped cells inside the field that the kernel steps over (dilation); all false without dilation
     * @param kernel where the kernel's field lies in this window; null where the kernel does not read this frame
     * @param hover where the hovered value's field lies; null when nothing is hovered
     */
    public record Tile(int kernelFrame, int inputFrame, String label, int[] cells, boolean[] skipped,
            Outline kernel, Outline hover) {

        /**
         * Equal when it shows the same: the cells by content, so a result that leaves the close-up as it was (a
         * kernel edit, whose input and field are the same) is no change and no repaint.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Tile t && t.kernelFrame == kernelFrame && t.inputFrame == inputFrame
                    && t.label.equals(label) && java.util.Arrays.equals(t.cells, cells)
                    && java.util.Arrays.equals(t.skipped, skipped) && java.util.Objects.equals(t.kernel, kernel)
                    && java.util.Objects.equals(t.hover, hover);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(kernelFrame, inputFrame, label, java.util.Arrays.hashCode(cells),
                    java.util.Arrays.hashCode(skipped), kernel, hover);
        }
    }

    /** A rectangle of cells in a tile's window: first row and column (window coordinates) and size. */
    public record Outline(int row, int column, int rows, int columns) {
    }
}
