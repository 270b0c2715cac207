package app.conv3d.io;

import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code .npy} file read as a lesson clip: RGB or gray, 0..255 (or normalised 0..1 floats). */
final class NpyClips {
    private NpyClips() {
    }

    static Volume read(Path file, int maxFrames, FrameSize target) throws IOException {
        NpyArray a = NpyReader.read(file);
        int[] s = a.shape();
        boolean gray = s.length == 3 || (s.length == 4 && s[3] == 1);
        if (!(gray || (s.length == 4 && s[3] == 3))) {
            throw new BadInputException(file, "a clip must have shape (T, H, W, 3) or (T, H, W), got " + a.shapeText());
        }
        if (s[0] < 1 || s[1] < 1 || s[2] < 1) {
            throw new BadInputException(file, "the clip " + a.shapeText() + " is empty");
        }
        float scale = valueScale(file, a);
        int frames = Math.min(maxFrames, s[0]);
        int plane = s[1] * s[2];
        int perFrame = gray ? plane : plane * 3;
        if ((long) frames * plane * 3 > ClipReader.MAX_VALUES) {
            throw new BadInputException(file, frames + " frames of " + s[1] + "x" + s[2]
                    + " are too large for the lesson");
        }
        List<RgbFrame> out = new ArrayList<>(frames);
        float[] d = a.data();
        for (int t = 0; t < frames; t++) {
            float[] rgb = new float[plane * 3];
            int base = t * perFrame;
            for (int i = 0; i < plane * 3; i++) {
                rgb[i] = d[base + (gray ? i / 3 : i)] * scale;
            }
            out.add(new RgbFrame(s[1], s[2], rgb));
        }
        return ClipReader.fit(file, out, target);
    }

    /** 1 for 0..255 data, 255 for float data that is entirely in 0..1; anything else is refused. */
    private static float valueScale(Path file, NpyArray a) throws BadInputException {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float v : a.data()) {
            if (!Float.isFinite(v)) {
                throw new BadInputException(file, "the clip holds a non-finite value (" + v + ")");
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo < 0 || hi > 255) {
            throw new BadInputException(file, "clip values must lie in 0..255 (or 0..1), found " + lo + ".." + hi);
        }
        boolean floats = a.dtype() != NpyDtype.UINT8 && a.dtype() != NpyDtype.INT8;
        return floats && hi <= 1f ? 255f : 1f;
    }
}
