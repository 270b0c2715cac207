package app.conv3d.io;

import app.conv3d.core.FeatureVolume;
import java.io.IOException;
import java.nio.file.Path;

/** Feature volumes as float32 C-order {@code .npy}: {@code (T', H', W')} for one kernel, {@code (N, T', H', W')} for several. */
public final class FeatureFiles {
    private FeatureFiles() {
    }

    public static NpyArray toNpy(FeatureVolume f) {
        if (f.kernels() == 1) {
            return NpyArray.float32(f.data(), f.frames(), f.height(), f.width());
        }
        return NpyArray.float32(f.data(), f.kernels(), f.frames(), f.height(), f.width());
    }

    public static void write(Path target, FeatureVolume features) throws IOException {
        NpyWriter.write(target, toNpy(features));
    }
}
