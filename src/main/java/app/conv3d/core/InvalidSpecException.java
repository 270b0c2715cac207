package app.conv3d.core;

/** A convolution that cannot be computed as asked; the message names the axis and the reason. */
public final class InvalidSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSpecException(String message) {
        super(message);
    }
}
