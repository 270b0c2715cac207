package app.conv3d.ui.closeup;

import app.conv3d.core.Axis3;
import app.conv3d.core.ClipPixels;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.Volume;
import app.conv3d.core.Walkthrough;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.math.Numbers;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The receptive-field close-up: the block of input the kernel covers, magnified, with a margin of context around
 * it. The window moves in pages: the kernel's outline slides across the context for a few steps, then the window
 * jumps on, so the class sees the kernel move rather than the picture scroll under a fixed box. While the mouse is
 * over a feature pixel the window shows that value's field instead, outlined. The kernel frame and channel the
 * arithmetic shows are picked out, and picking a frame here picks it there.
 */
public final class CloseUpModel {
    /** Cells of context on each side of the field when it sits in the middle of the window. */
    static final int MARGIN = 2;

    private final Lesson lesson;
    private final ReadOnlyObjectWrapper<CloseUp> picture = new ReadOnlyObjectWrapper<>(this, "picture");

    public CloseUpModel(Lesson lesson) {
        this.lesson = lesson;
        lesson.computedProperty().addListener((obs, old, now) -> update());
        lesson.walkthroughProperty().addListener((obs, old, now) -> update());
        lesson.mathFrameProperty().addListener((obs, old, now) -> update());
        lesson.mathChannelProperty().addListener((obs, old, now) -> update());
        lesson.hover().fieldProperty().addListener((obs, old, now) -> update());
        update();
    }

    // ---- commands ----

    /** Shows kernel frame {@code a} in the arithmetic. */
    public void selectFrame(int a) {
        lesson.selectMathFrame(a);
    }

    /** Shows the next input channel in the arithmetic, back to the first after the last. */
    public void nextChannel() {
        Computed c = lesson.computedProperty().get();
        int channels = c == null ? 1 : c.volume().channels();
        lesson.selectMathChannel((lesson.mathChannelProperty().get() + 1) % channels);
    }

    // ---- properties ----

    /** What to draw; null before the first result. */
    public ReadOnlyObjectProperty<CloseUp> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    private void update() {
        Computed c = lesson.computedProperty().get();
        Walkthrough w = lesson.walkthroughProperty().get();
        if (c == null || w == null) {
            picture.set(null);
            return;
        }
        ReceptiveField kernel = w.field();
        ReceptiveField hovered = lesson.hover().fieldProperty().get();
        ReceptiveField subject = hovered != null ? hovered : kernel;
        ConvShape shape = c.shape();
        int firstRow = windowStart(subject.origin().h(), -shape.padding().h());
        int firstColumn = windowStart(subject.origin().w(), -shape.padding().w());
        int rows = subject.extent().h() + 2 * MARGIN;
        int columns = subject.extent().w() + 2 * MARGIN;
        Window window = new Window(c.volume(), shape.padding(), firstRow, firstColumn, rows, columns);
        int kt = shape.kernel().t();
        int selected = Math.min(lesson.mathFrameProperty().get(), kt - 1);
        List<CloseUp.Tile> frames = new ArrayList<>();
        for (int a = 0; a < kt; a++) {
            int t = subject.origin().t() + a * subject.step().t();
            // a true minus sign for frames in the padding, as everywhere in the app
            String label = "t=" + (t < 0 ? "\u2212" + -t : t);
            frames.add(new CloseUp.Tile(a, t, label, window.colours(t, -1), window.skipped(subject),
                    reads(kernel, t) ? window.outline(kernel) : null,
                    hovered == null ? null : window.outline(hovered)));
        }
        CloseUp.Tile channel = null;
        int channels = c.volume().channels();
        if (channels > 1) {
            CloseUp.Tile s = frames.get(selected);
            int ch = Math.min(lesson.mathChannelProperty().get(), channels - 1);
            channel = new CloseUp.Tile(selected, s.inputFrame(), s.label() + " " + Numbers.channel(ch, channels),
                    window.colours(s.inputFrame(), ch), s.skipped(), s.kernel(), s.hover());
        }
        picture.set(new CloseUp(rows, columns, firstRow, firstColumn, frames, channel, selected, hovered != null));
    }

    /**
     * Where a window starts along one axis so that it holds a field starting at {@code origin}: pages of
     * {@code 2 * MARGIN + 1} cells counted from the first place a field can start, the field at offset 0 to
     * {@code 2 * MARGIN} in its page, so it slides across the context and the window jumps only between pages.
     */
    static int windowStart(int origin, int first) {
        return origin - Math.floorMod(origin - first, 2 * MARGIN + 1);
    }

    /** Whether {@code field} samples input frame {@code t} (a dilated field skips the frames between its taps). */
    static boolean reads(ReceptiveField field, int t) {
        int offset = t - field.origin().t();
        return offset >= 0 && offset < field.extent().t() && offset % Math.max(1, field.step().t()) == 0;
    }

    /** The window's cells in one place: input pixels by frame, and fields as outlines in window coordinates. */
    private record Window(Volume volume, Axis3 padding, int firstRow, int firstColumn, int rows, int columns) {

        /** Frame {@code t}'s cells in full colour ({@code channel} -1) or in one channel's own colour. */
        int[] colours(int t, int channel) {
            int[] cells = new int[rows * columns];
            int channels = volume.channels();
            for (int r = 0; r < rows; r++) {
                for (int col = 0; col < columns; col++) {
                    int y = firstRow + r;
                    int x = firstColumn + col;
                    int i = r * columns + col;
                    if (inside(t, volume.frames()) && inside(y, volume.height()) && inside(x, volume.width())) {
                        int p = volume.index(t, y, x, 0);
                        cells[i] = channel < 0 ? ClipPixels.argb(volume.data(), p, channels)
                                : channelColour(volume.data()[p + channel], channel, channels);
                    } else if (padded(t, volume.frames(), padding.t()) && padded(y, volume.height(), padding.h())
                            && padded(x, volume.width(), padding.w())) {
                        cells[i] = CloseUp.PADDING;
                    } else {
                        cells[i] = CloseUp.BEYOND;
                    }
                }
            }
            return cells;
        }

        /** Cells inside the field that it steps over: the gaps between the taps of a dilated kernel. */
        boolean[] skipped(ReceptiveField field) {
            boolean[] skip = new boolean[rows * columns];
            int dy = Math.max(1, field.step().h());
            int dx = Math.max(1, field.step().w());
            for (int r = 0; r < field.extent().h(); r++) {
                for (int col = 0; col < field.extent().w(); col++) {
                    int wr = field.origin().h() + r - firstRow;
                    int wc = field.origin().w() + col - firstColumn;
                    if ((r % dy != 0 || col % dx != 0) && wr >= 0 && wc >= 0 && wr < rows && wc < columns) {
                        skip[wr * columns + wc] = true;
                    }
                }
            }
            return skip;
        }

        /** The field's rectangle clipped to the window; null where none of it shows. */
        CloseUp.Outline outline(ReceptiveField field) {
            int r0 = Math.max(0, field.origin().h() - firstRow);
            int c0 = Math.max(0, field.origin().w() - firstColumn);
            int r1 = Math.min(rows, field.origin().h() + field.extent().h() - firstRow);
            int c1 = Math.min(columns, field.origin().w() + field.extent().w() - firstColumn);
            return r1 <= r0 || c1 <= c0 ? null : new CloseUp.Outline(r0, c0, r1 - r0, c1 - c0);
        }

        private static boolean inside(int v, int size) {
            return v >= 0 && v < size;
        }

        private static boolean padded(int v, int size, int pad) {
            return v >= -pad && v < size + pad;
        }

        /** An RGB clip's channel in its own colour (red as red); a channel of another clip as gray. */
        private static int channelColour(float value, int channel, int channels) {
            int v = Math.max(0, Math.min(255, Math.round(value)));
            if (channels != 3) {
                return 0xFF000000 | v << 16 | v << 8 | v;
            }
            return 0xFF000000 | v << (16 - 8 * channel);
        }
    }
}
