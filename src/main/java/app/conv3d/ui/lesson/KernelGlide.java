package app.conv3d.ui.lesson;

/**
 * Where the kernel is drawn while it glides from its position toward the next: an offset from its receptive
 * field's place, in input voxels along time, rows and columns (a fraction of one stride). Zero at rest, and
 * zero where the next position is not a straight move along one axis (the end of a row or slice: it jumps).
 */
public record KernelGlide(double t, double y, double x) {
    public static final KernelGlide NONE = new KernelGlide(0, 0, 0);
}
