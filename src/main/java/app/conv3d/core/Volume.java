package app.conv3d.core;

import java.util.Arrays;

/**
 * A clip as numbers: frames x height x width x channels, channel-last, values 0..255 for 8-bit RGB.
 * Immutable; the engine's planar copy is made once per volume and cached (or given, {@link #fromPlanar}, in which
 * case the channel-last values are made only when asked for).
 */
public final class Volume {
    private final int frames;
    private final int height;
    private final int width;
    private final int channels;
    private volatile float[] data;
    private volatile float[] planar;
    private volatile PaddedPlanar padded;

    /** The last zero-padded planar copy the engine asked for: a clip is usually convolved with one padding. */
    private record PaddedPlanar(Axis3 pad, float[] data) {
    }

    /** Takes ownership of {@code data}, laid out as [t][y][x][c]. */
    public Volume(int frames, int height, int width, int channels, float[] data) {
        if (frames < 1 || height < 1 || width < 1 || channels < 1) {
            throw new InvalidSpecException(CoreTexts.text("volume.empty", frames + "x" + height + "x" + width + "x" + channels));
        }
        long size = (long) frames * height * width * channels;
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidSpecException(CoreTexts.text("volume.tooLarge", frames + "x" + height + "x" + width + "x" + channels));
        }
        if (data.length != size) {
            throw new InvalidSpecException(CoreTexts.text("volume.values", frames + "x" + height + "x" + width + "x" + channels,
                    size, data.length));
        }
        this.frames = frames;
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.data = data;
    }

    /**
     * Takes ownership of {@code planar}, the values laid out as [c][t][y][x], the engine's order: live mode keeps each
     * camera frame in that order once and puts the few frames under the kernel together with plain copies, instead
     * of the engine reordering every frame again for every output frame that reads it.
     */
    public static Volume fromPlanar(int frames, int height, int width, int channels, float[] planar) {
        Volume v = new Volume(frames, height, width, channels, planar);
        v.data = null;
        v.planar = planar;
        return v;
    }

    public static Volume zeros(int frames, int height, int width, int channels) {
        return new Volume(frames, height, width, channels, new float[frames * height * width * channels]);
    }

    public int frames() {
        return frames;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    /** Frames, height, width. */
    public Axis3 size() {
        return new Axis3(frames, height, width);
    }

    public float get(int t, int y, int x, int c) {
        return data()[index(t, y, x, c)];
    }

    public int index(int t, int y, int x, int c) {
        return ((t * height + y) * width + x) * channels + c;
    }

    /** The values, [t][y][x][c]. Callers must not modify the array. */
    public float[] data() {
        float[] d = data;
        if (d == null) {
            float[] p = planar;
            d = new float[p.length];
            toChannelLast(p, frames * height * width, channels, d, 0);
            data = d;
        }
        return d;
    }

    private int pixels() {
        return frames * height * width;
    }

    /**
     * Reorders {@code pixels} channel-last values ([pixel][c], from index 0 of {@code channelLast}) into the engine's
     * planar order ([c][pixel]) in {@code planar}: a whole clip, or one camera frame at a time in live mode.
     */
    public static void toPlanar(float[] channelLast, int pixels, int channels, float[] planar) {
        for (int i = 0, px = 0; px < pixels; px++) {
            for (int c = 0; c < channels; c++) {
                planar[c * pixels + px] = channelLast[i++];
            }
        }
    }

    /** The reverse of {@link #toPlanar}: into {@code channelLast} from index {@code offset}. */
    public static void toChannelLast(float[] planar, int pixels, int channels, float[] channelLast, int offset) {
        for (int i = offset, px = 0; px < pixels; px++) {
            for (int c = 0; c < channels; c++) {
                channelLast[i++] = planar[c * pixels + px];
            }
        }
    }

    /** The values as [c][t][y][x], made once and shared; callers must not modify the array. */
    public float[] planar() {
        float[] p = planar;
        if (p == null) {
            float[] data = data();
            p = new float[data.length];
            toPlanar(data, pixels(), channels, p);
            planar = p;
        }
        return p;
    }

    /**
     * The values as [c][t][y][x] with {@code pad} zeros added on both sides of each axis, made once per
     * padding and shared; callers must not modify the array.
     */
    float[] planar(Axis3 pad) {
        if (pad.t() == 0 && pad.h() == 0 && pad.w() == 0) {
            return planar();
        }
        PaddedPlanar cached = padded;
        if (cached != null && cached.pad().equals(pad)) {
            return cached.data();
        }
        float[] source = planar();
        int pw = width + 2 * pad.w();
        int ph = height + 2 * pad.h();
        int pt = frames + 2 * pad.t();
        long size = (long) channels * pt * ph * pw;
        if (size > Integer.MAX_VALUE - 8) {
            throw new InvalidSpecException(CoreTexts.text("volume.padded", this, pad));
        }
        float[] p = new float[(int) size];
        for (int c = 0; c < channels; c++) {
            for (int t = 0; t < frames; t++) {
                for (int y = 0; y < height; y++) {
                    int from = ((c * frames + t) * height + y) * width;
                    int to = ((c * pt + t + pad.t()) * ph + y + pad.h()) * pw + pad.w();
                    System.arraycopy(source, from, p, to, width);
                }
            }
        }
        padded = new PaddedPlanar(pad, p);
        return p;
    }

    /** A new volume holding frames {@code [from, from + count)}. */
    public Volume frames(int from, int count) {
        if (from < 0 || count < 1 || from + count > frames) {
            throw new InvalidSpecException(CoreTexts.text("volume.frames", from, from + count - 1,
                    frames - 1));
        }
        int frameSize = height * width * channels;
        return new Volume(count, height, width, channels,
                Arrays.copyOfRange(data(), from * frameSize, (from + count) * frameSize));
    }

    @Override
    public String toString() {
        return "Volume " + frames + "x" + height + "x" + width + "x" + channels;
    }
}
