package app.conv3d.ui.fuzz;

import app.conv3d.core.Axis3;
import app.conv3d.core.Walkthrough;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import java.util.Locale;
import java.util.Optional;

/** The walkthrough's promise: the arithmetic's total is the feature value at the kernel's position. */
final class LessonInvariant {
    private LessonInvariant() {
    }

    /** What is wrong now, if anything; call on the FX thread. */
    static Optional<String> violation(Lesson lesson) {
        Computed c = lesson.computedProperty().get();
        Walkthrough w = lesson.walkthroughProperty().get();
        if (c == null || w == null) {
            return Optional.empty();
        }
        Axis3 p = w.position();
        int n = w.kernelIndex();
        float feature = c.features().get(n, p.t(), p.h(), p.w());
        float arithmetic = w.value();
        // The engine sums in another order (and Winograd transforms): allow rounding on the size of the terms.
        double terms = Math.abs(w.bias());
        Axis3 k = w.kernelSize();
        for (int a = 0; a < k.t(); a++) {
            for (int b = 0; b < k.h(); b++) {
                for (int d = 0; d < k.w(); d++) {
                    for (int ch = 0; ch < w.channels(); ch++) {
                        terms += Math.abs(w.product(a, b, d, ch));
                    }
                }
            }
        }
        double tolerance = 1e-4 * terms + 1e-4;
        if (Math.abs(feature - arithmetic) <= tolerance) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "kernel %d at (t=%d, y=%d, x=%d) with %s: the arithmetic says %.5f, the feature is %.5f (tolerance %.2g)",
                n, p.t(), p.h(), p.w(), c.spec(), arithmetic, feature, tolerance));
    }
}
