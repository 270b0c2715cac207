package app.conv3d.ui.lesson;

/** How fast the walkthrough plays: the pause between two steps. */
public enum Speed {
    SLOW("slow", 900),
    NORMAL("normal", 300),
    FAST("fast", 40);

    private final String label;
    private final int millisPerStep;

    Speed(String label, int millisPerStep) {
        this.label = label;
        this.millisPerStep = millisPerStep;
    }

    public int millisPerStep() {
        return millisPerStep;
    }

    @Override
    public String toString() {
        return label;
    }
}
