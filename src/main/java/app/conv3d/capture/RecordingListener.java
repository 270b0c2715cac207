package app.conv3d.capture;

/**
 * What a recording reports while it runs, on the recording's own thread (a UI hops to its thread itself).
 * Implementations should return quickly; an exception thrown here is ignored, not fatal.
 */
public interface RecordingListener {
    RecordingListener NONE = new RecordingListener() {
    };

    /** The countdown shows {@code left} (3, 2, 1); 0 means recording starts now. */
    default void countdown(int left) {
    }

    /** A picture grabbed during the countdown, not recorded: for a live preview while the class gets ready. */
    default void previewed(Frame frame) {
    }

    /** Frame {@code index} of {@code total} was recorded (for a filmstrip). */
    default void frameRecorded(int index, int total, Frame frame) {
    }
}
