package app.conv3d.io;

/** One frame as floats, row-major, RGB interleaved, 0..255: the unit frames are cropped and resized in. */
public record RgbFrame(int height, int width, float[] rgb) {

    public RgbFrame {
        if (height < 1 || width < 1 || rgb.length != (long) height * width * 3) {
            throw new IllegalArgumentException("frame " + height + "x" + width + " needs " + (long) height * width * 3
                    + " values, got " + rgb.length);
        }
    }
}
