package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.ui.lesson.KernelGlide;

/**
 * Where a clip's frames sit in view space: columns along x, rows along y (down), frames along z
 * (frame 0 nearest the viewer). The longest image side is {@link #SIDE} units whatever the clip's size,
 * and the stack's depth is a fixed share of it, so a 16x256x256 clip and an 8x12x12 one look alike;
 * {@code explode} only widens the gaps between slabs, never the slabs themselves.
 */
final class StackGeometry {
    /** Length of the longest image side in view units. */
    static final double SIDE = 200;
    /** Depth of the touching stack relative to {@link #SIDE}: deep enough to read as a box. */
    private static final double DEPTH_SHARE = 0.6;
    /** At explode 1 a slab's pitch is this many slab thicknesses. */
    private static final double MAX_SPREAD = 4;

    private final int frames;
    private final int rows;
    private final int columns;
    private final double unit;
    private final double thickness;
    private final double pitch;

    StackGeometry(int frames, int rows, int columns, double explode) {
        this.frames = frames;
        this.rows = rows;
        this.columns = columns;
        this.unit = SIDE / Math.max(rows, columns);
        this.thickness = SIDE * DEPTH_SHARE / frames;
        double e = Math.max(0, Math.min(1, explode));
        this.pitch = thickness * (1 + (MAX_SPREAD - 1) * e);
    }

    int frames() {
        return frames;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** View units per pixel. */
    double unit() {
        return unit;
    }

    double width() {
        return columns * unit;
    }

    double height() {
        return rows * unit;
    }

    /** Thickness of one frame's slab. */
    double thickness() {
        return thickness;
    }

    /** Distance between neighbouring slab centres. */
    double pitch() {
        return pitch;
    }

    /** x of the left edge of column {@code c} (c may lie in the padding or be {@code columns}). */
    double x(double c) {
        return (c - columns / 2.0) * unit;
    }

    /** y of the top edge of row {@code r}. */
    double y(double r) {
        return (r - rows / 2.0) * unit;
    }

    /** z of the centre of frame {@code t}'s slab (t may lie in the padding). */
    double z(double t) {
        return (t - (frames - 1) / 2.0) * pitch;
    }

    /** z of the face of frame {@code t} nearest the viewer. */
    double zFront(double t) {
        return z(t) - thickness / 2;
    }

    double zBack(double t) {
        return z(t) + thickness / 2;
    }

    /** Half the diagonal of the whole stack: a radius that a camera must keep in view. */
    double radius() {
        double depth = zBack(frames - 1) - zFront(0);
        return 0.5 * Math.sqrt(width() * width() + height() * height() + depth * depth);
    }

    /** Whether the field samples frame {@code t} (dilated fields skip frames between their taps). */
    static boolean covers(ReceptiveField field, int t) {
        if (field == null) {
            return false;
        }
        int offset = t - field.origin().t();
        int step = Math.max(1, field.step().t());
        return offset >= 0 && offset < field.extent().t() && offset % step == 0;
    }

    /**
     * Whether two fields read the same frames with the same kernel shape: then only the kernel's box moves between
     * them, and what the views draw for the frames (dimmed or not, the legend naming them) stays as it is.
     */
    static boolean sameFrames(ReceptiveField a, ReceptiveField b, int frames) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!a.extent().equals(b.extent()) || !a.step().equals(b.step())) {
            return false;
        }
        for (int t = 0; t < frames; t++) {
            if (covers(a, t) != covers(b, t)) {
                return false;
            }
        }
        return true;
    }

    /** The field's box moved by {@code glide} (input voxels; null: at rest), as the kernel is drawn while it glides. */
    double[] box(ReceptiveField field, KernelGlide glide) {
        double[] b = box(field);
        if (glide != null) {
            double[] shift = {glide.x() * unit, glide.y() * unit, glide.t() * pitch};
            for (int i = 0; i < 6; i++) {
                b[i] += shift[i % 3];
            }
        }
        return b;
    }

    /** The field's box: {minX, minY, minZ, maxX, maxY, maxZ}, slightly larger than the slabs it holds. */
    double[] box(ReceptiveField field) {
        double margin = Math.min(thickness * 0.25, unit * 0.5 + 0.5);
        int t0 = field.origin().t();
        int t1 = t0 + field.extent().t() - 1;
        return new double[] {
            x(field.origin().w()) - margin,
            y(field.origin().h()) - margin,
            zFront(t0) - margin,
            x(field.origin().w() + field.extent().w()) + margin,
            y(field.origin().h() + field.extent().h()) + margin,
            zBack(t1) + margin,
        };
    }
}
