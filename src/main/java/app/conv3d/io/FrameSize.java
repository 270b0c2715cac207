package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;

/** The frame size a clip is read at: {@code HxW} pixels, or native (the first frame's own size). */
public final class FrameSize {
    public static final int MAX_SIDE = 2048;
    public static final FrameSize NATIVE = new FrameSize(0, 0);

    private final int height;
    private final int width;

    private FrameSize(int height, int width) {
        this.height = height;
        this.width = width;
    }

    public static FrameSize of(int height, int width) {
        if (height < 1 || width < 1 || height > MAX_SIDE || width > MAX_SIDE) {
            throw new InvalidSpecException(IoTexts.text("frameSize.range", height + "x" + width, MAX_SIDE));
        }
        return new FrameSize(height, width);
    }

    /** Parses {@code native} or {@code HxW} (height first, e.g. {@code 112x112}). */
    public static FrameSize parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("native")) {
            return NATIVE;
        }
        int x = t.indexOf('x');
        try {
            if (x > 0) {
                return of(Integer.parseInt(t.substring(0, x).trim()), Integer.parseInt(t.substring(x + 1).trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new InvalidSpecException(IoTexts.text("frameSize.syntax", text));
    }

    public boolean isNative() {
        return height == 0;
    }

    /** The height in pixels; only for a non-native size. */
    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameSize f && f.height == height && f.width == width;
    }

    @Override
    public int hashCode() {
        return height * 31 + width;
    }

    @Override
    public String toString() {
        return isNative() ? "native" : height + "x" + width;
    }
}
