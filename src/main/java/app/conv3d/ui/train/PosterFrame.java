package app.conv3d.ui.train;

import app.conv3d.core.Volume;

/**
 * The frame a clip's thumbnail shows: the one least like the clip's average frame, which is where what moves is most
 * in view (a fixed frame may catch a swiping hand out of the picture, and the thumbnail would show a bare wall).
 */
final class PosterFrame {
    private PosterFrame() {
    }

    /** The index of that frame; the first when nothing moves. */
    static int of(Volume clip) {
        int frames = clip.frames();
        int size = clip.height() * clip.width() * clip.channels();
        float[] data = clip.data();
        double[] mean = new double[size];
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < size; i++) {
                mean[i] += data[t * size + i];
            }
        }
        int best = 0;
        double most = -1;
        for (int t = 0; t < frames; t++) {
            double distance = 0;
            for (int i = 0; i < size; i++) {
                distance += Math.abs(data[t * size + i] - mean[i] / frames);
            }
            if (distance > most + 1e-6 * size) {
                most = distance;
                best = t;
            }
        }
        return best;
    }
}
