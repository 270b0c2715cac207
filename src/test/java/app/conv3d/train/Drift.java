package app.conv3d.train;

import app.conv3d.core.Volume;

/** Which way, and how fast, the moving part of a clip goes: for tests of gestures (mirrored, acted). */
public final class Drift {
    private Drift() {
    }

    /**
     * Columns per frame the moving part of the picture travels: the centroid, along the width, of each frame's
     * difference from the clip's mean frame (the static background cancels), fitted by a line over time.
     */
    public static double of(Volume clip) {
        int t = clip.frames();
        int h = clip.height();
        int w = clip.width();
        double[] mean = new double[h * w * 3];
        for (int f = 0; f < t; f++) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += clip.data()[f * mean.length + i] / t;
            }
        }
        double[] centre = new double[t];
        for (int f = 0; f < t; f++) {
            double mass = 0;
            double moment = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int c = 0; c < 3; c++) {
                        int i = (y * w + x) * 3 + c;
                        double d = Math.abs(clip.data()[f * mean.length + i] - mean[i]);
                        mass += d;
                        moment += d * x;
                    }
                }
            }
            centre[f] = moment / mass;
        }
        double tm = (t - 1) / 2.0;
        double cm = java.util.Arrays.stream(centre).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int f = 0; f < t; f++) {
            num += (f - tm) * (centre[f] - cm);
            den += (f - tm) * (f - tm);
        }
        return num / den;
    }
}
