package app.conv3d.ui.app;

/** How large the window's text (and everything sized in em) is, for the room and the projector. */
public enum UiScale {
    P100(100), P125(125), P150(150), P175(175), P200(200);

    private final int percent;

    UiScale(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The scale of {@code percent}, one of 100, 125, 150, 175, 200. */
    public static UiScale of(int percent) {
        for (UiScale s : values()) {
            if (s.percent == percent) {
                return s;
            }
        }
        throw new IllegalArgumentException("the text size must be 100, 125, 150, 175 or 200 percent, got " + percent);
    }

    public UiScale larger() {
        return values()[Math.min(values().length - 1, ordinal() + 1)];
    }

    public UiScale smaller() {
        return values()[Math.max(0, ordinal() - 1)];
    }

    @Override
    public String toString() {
        return percent + "%";
    }
}
