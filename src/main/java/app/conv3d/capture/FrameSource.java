package app.conv3d.capture;

/** Where frames come from: an open camera, or anything else that can hand out pictures one at a time. */
public interface FrameSource extends AutoCloseable {

    /** What to call it in messages and lists. */
    String name();

    /** The next picture; blocks at most the source's own timeout, then throws. */
    Frame grab() throws CaptureException;

    /** Releases the source; safe to call twice. */
    @Override
    void close();
}
