package app.conv3d.ui.volume;

import app.conv3d.core.Axis3;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;

/** Clips whose colours no drawing of the view would produce by itself: pure green and pure blue squares. */
final class TestVolumes {
    static final int[] GREEN = {0, 255, 0};
    static final int[] BLUE = {0, 0, 255};

    private TestVolumes() {
    }

    /** A checkerboard of {@code cell}-pixel squares that shifts by one square every frame. */
    static Volume checkerboard(int frames, int rows, int columns, int cell) {
        float[] data = new float[frames * rows * columns * 3];
        int i = 0;
        for (int t = 0; t < frames; t++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    int[] rgb = ((y / cell + x / cell + t) % 2 == 0) ? GREEN : BLUE;
                    data[i++] = rgb[0];
                    data[i++] = rgb[1];
                    data[i++] = rgb[2];
                }
            }
        }
        return new Volume(frames, rows, columns, 3, data);
    }

    static final int[] BALL = {230, 40, 40};

    /** A red ball rolling left to right over a blue gradient: motion, the thing a 3D kernel can see. */
    static Volume movingBall(int frames, int size) {
        float[] data = new float[frames * size * size * 3];
        double radius = size / 7.0;
        int i = 0;
        for (int t = 0; t < frames; t++) {
            double cx = radius + (size - 2 * radius) * t / Math.max(1, frames - 1);
            double cy = size * 0.55;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean ball = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius;
                    double shade = (double) y / size;
                    data[i++] = ball ? BALL[0] : (float) (40 + 60 * shade);
                    data[i++] = ball ? BALL[1] : (float) (90 + 80 * shade);
                    data[i++] = ball ? BALL[2] : (float) (150 + 70 * shade);
                }
            }
        }
        return new Volume(frames, size, size, 3, data);
    }

    /** A plain k x k x k kernel's field at frame/row/column origin. */
    static ReceptiveField field(int t, int y, int x, int k) {
        return new ReceptiveField(new Axis3(t, y, x), Axis3.all(k), Axis3.all(1));
    }
}
