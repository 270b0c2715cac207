package app.conv3d.ui.kernel;

/** One line for the teacher: what the lab just did, or why it could not. */
public record LabMessage(String text, boolean error) {
    public static LabMessage info(String text) {
        return new LabMessage(text, false);
    }

    public static LabMessage error(String text) {
        return new LabMessage(text, true);
    }
}
