package app.conv3d.ui.volume;

import app.conv3d.core.ReceptiveField;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's legend: its size in taps (time x height x width), its dilation when it has one, and the
 * frames it reads. Shown in a fixed corner rather than on the moving box, so it does not jitter while
 * the kernel walks.
 */
final class KernelCaption {
    /** Between the kernel's size and the frames it reads; where the picture is narrow, a line break instead. */
    static final String SEPARATOR = " \u00b7 ";

    /** The legend's look, its text {@code px} pixels high. */
    static String style(double px) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-weight: bold;"
                + " -fx-text-fill: #ffb030; -fx-background-color: rgba(18,22,28,0.82); -fx-background-radius: 6;"
                + " -fx-padding: 0.15em 0.5em 0.15em 0.5em;", px);
    }

    /** {@link #of} on two lines. */
    static String twoLines(String caption) {
        return caption.replace(SEPARATOR, "\n");
    }

    private KernelCaption() {
    }

    static String of(ReceptiveField field, int frames) {
        int kt = taps(field.extent().t(), field.step().t());
        int kh = taps(field.extent().h(), field.step().h());
        int kw = taps(field.extent().w(), field.step().w());
        String text = Messages.text("volume.kernel", kt, kh, kw);
        if (field.step().t() > 1 || field.step().h() > 1 || field.step().w() > 1) {
            text = Messages.text("volume.kernel.dilated", kt, kh, kw,
                    field.step().t(), field.step().h(), field.step().w());
        }
        return text + SEPARATOR + framesRead(field, frames);
    }

    private static String framesRead(ReceptiveField field, int frames) {
        List<Integer> read = new ArrayList<>();
        for (int t = 0; t < frames; t++) {
            if (StackGeometry.covers(field, t)) {
                read.add(t);
            }
        }
        if (read.isEmpty()) {
            return Messages.text("volume.onlyPadding");
        }
        if (read.size() == 1) {
            return Messages.text("volume.frame", read.get(0));
        }
        int first = read.get(0);
        int last = read.get(read.size() - 1);
        if (last - first + 1 == read.size()) {
            return Messages.text("volume.frameRange", first, last);
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < read.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(read.get(i));
        }
        return Messages.text("volume.frameList", list);
    }

    private static int taps(int extent, int step) {
        int s = Math.max(1, step);
        return (extent - 1) / s + 1;
    }
}
