package app.conv3d.core;

/**
 * Resizes a clip to a lesson's size: the middle of each frame is cropped to the target's aspect ratio
 * (no squashed hands), then every axis is resampled by area averaging, which keeps thin details when
 * shrinking 256 pixels to 12 and repeats pixels when growing.
 */
public final class VolumeResize {
    private VolumeResize() {
    }

    /** {@code source} resized to {@code size} frames x rows x columns, same channels. */
    public static Volume to(Volume source, Axis3 size) {
        if (size.t() < 1 || size.h() < 1 || size.w() < 1) {
            throw new InvalidSpecException(CoreTexts.text("resize.empty", size));
        }
        if (source.size().equals(size)) {
            return source;
        }
        int h = source.height();
        int w = source.width();
        // Crop rows or columns so that cropH / cropW == size.h / size.w (as near as whole pixels allow).
        int cropH = h;
        int cropW = w;
        if ((long) h * size.w() > (long) w * size.h()) {
            cropH = Math.max(1, (int) Math.round((double) w * size.h() / size.w()));
        } else {
            cropW = Math.max(1, (int) Math.round((double) h * size.w() / size.h()));
        }
        int[] dims = {source.frames(), h, w, source.channels()};
        float[] data = source.data();
        data = resampleAxis(data, dims, 0, 0, source.frames(), size.t());
        data = resampleAxis(data, dims, 1, (h - cropH) / 2, cropH, size.h());
        data = resampleAxis(data, dims, 2, (w - cropW) / 2, cropW, size.w());
        return new Volume(dims[0], dims[1], dims[2], dims[3], data);
    }

    /**
     * Resamples {@code data} (shape {@code dims}, C order) along {@code axis}: source indices
     * [start, start + length) become {@code out} values, each the area-weighted mean of what it covers.
     * Updates {@code dims}.
     */
    private static float[] resampleAxis(float[] data, int[] dims, int axis, int start, int length, int out) {
        if (start == 0 && length == dims[axis] && out == length) {
            return data;
        }
        int inner = 1;
        for (int i = axis + 1; i < dims.length; i++) {
            inner *= dims[i];
        }
        int outer = 1;
        for (int i = 0; i < axis; i++) {
            outer *= dims[i];
        }
        int inSize = dims[axis];
        float[] result = new float[outer * out * inner];
        double scale = (double) length / out;
        for (int o = 0; o < out; o++) {
            double from = o * scale;
            double to = from + scale;
            int first = (int) Math.floor(from);
            int last = Math.min(length - 1, (int) Math.ceil(to) - 1);
            for (int s = first; s <= last; s++) {
                double weight = (Math.min(to, s + 1) - Math.max(from, s)) / scale;
                if (weight <= 0) {
                    continue;
                }
                int src = start + s;
                for (int p = 0; p < outer; p++) {
                    int srcBase = (p * inSize + src) * inner;
                    int dstBase = (p * out + o) * inner;
                    for (int i = 0; i < inner; i++) {
                        result[dstBase + i] += (float) (weight * data[srcBase + i]);
                    }
                }
            }
        }
        dims[axis] = out;
        return result;
    }
}
