package app.conv3d.ui.layout;

/**
 * How much of the window's width the stage's two views (the volume and the features) each keep at least: 30% on a
 * 1280-pixel projector, 35% from full HD up, in between in proportion. A teacher can drag the dividers anywhere
 * above these; nothing (the arithmetic, the kernel lab, a remembered position) takes the stage below them.
 */
public final class StageShares {
    /** A projector's width, and the share each view keeps there. */
    public static final double SMALL_WIDTH = 1280;
    public static final double SMALL_SHARE = 0.30;
    /** Full HD, and the share each view keeps there and above. */
    public static final double LARGE_WIDTH = 1920;
    public static final double LARGE_SHARE = 0.35;
    /**
     * Kept on top of the promise, in fractions of the dividers' pane: its padding and the dividers themselves take a
     * few pixels from each view, so a view at exactly the minimum of the pane would fall just short of it on screen.
     */
    static final double MARGIN = 0.015;
    /** The side column's least share while it shows: narrower, and the arithmetic would be a strip of digits. */
    static final double SIDE_MIN = 0.15;
    /**
     * The most the side column ever takes: less than a third, so that the volume and the features stay the window's
     * two largest regions.
     */
    static final double SIDE_MAX = 0.325;
    /**
     * The side column's share before the teacher moves it: this much under the most it may take. None: on a
     * 1280-pixel projector the arithmetic's widest grid (25 products) needs all of it at 100% text.
     */
    static final double SIDE_GIVE = 0;
    /**
     * The side column's share when it holds only the close-up (the arithmetic folded away, or the presentation
     * view): enough for its tiles to stay large from the back row, the rest goes to the stage.
     */
    static final double CLOSE_UP_ONLY = 0.2;

    private StageShares() {
    }

    /** The least share of the window's width each stage view keeps at {@code windowWidth} pixels. */
    public static double minimum(double windowWidth) {
        double f = (windowWidth - SMALL_WIDTH) / (LARGE_WIDTH - SMALL_WIDTH);
        return SMALL_SHARE + (LARGE_SHARE - SMALL_SHARE) * Math.max(0, Math.min(1, f));
    }

    /** The least share of the dividers' pane each stage view is given, with the margin. */
    static double kept(double width) {
        return minimum(width) + MARGIN;
    }

    /** The most the side column may take at {@code width} without squeezing a stage view below its share. */
    static double sideMax(double width) {
        return Math.min(SIDE_MAX, 1 - 2 * kept(width));
    }

    /** The side column's share before the teacher drags it. */
    static double sideDefault(double width) {
        return Math.max(SIDE_MIN, sideMax(width) - SIDE_GIVE);
    }
}
