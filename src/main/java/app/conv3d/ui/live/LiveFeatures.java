package app.conv3d.ui.live;

import app.conv3d.capture.LiveSlice;
import app.conv3d.core.FeatureVolume;
import java.util.List;

/** The live ring's one-frame slices put back together as one feature volume, oldest slice first. */
final class LiveFeatures {
    private LiveFeatures() {
    }

    static FeatureVolume of(List<LiveSlice> slices) {
        FeatureVolume first = slices.get(0).features();
        int kernels = first.kernels();
        int frames = slices.size();
        int plane = first.height() * first.width();
        float[] data = new float[kernels * frames * plane];
        for (int t = 0; t < frames; t++) {
            FeatureVolume slice = slices.get(t).features();
            for (int n = 0; n < kernels; n++) {
                System.arraycopy(slice.data(), slice.index(n, 0, 0, 0), data, (n * frames + t) * plane, plane);
            }
        }
        return new FeatureVolume(kernels, frames, first.height(), first.width(), data);
    }
}
