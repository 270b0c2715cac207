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

    /** A plain 3x3x3 kernel's field at frame/row/column origin. */
    static ReceptiveField field(int t, int y, int x, int k) {
        return new ReceptiveField(new Axis3(t, y, x), Axis3.all(k), Axis3.all(1));
    }
}
