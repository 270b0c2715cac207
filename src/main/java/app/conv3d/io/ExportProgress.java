package app.conv3d.io;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What a long export reports to and asks of its caller: how far it is (a fraction 0..1, never going
 * back) and whether it should stop. Exporters call {@link #step} between frames; once the caller's
 * {@code cancelled} answers true, the next step throws {@link CancellationException} from inside the
 * atomic write, so the temp file is deleted and nothing is left behind. Both callbacks run on the
 * exporting thread: a UI hands them on to its own thread (a JavaFX {@code Task} does so by itself).
 */
public final class ExportProgress {
    /** Reports nowhere and never cancels. */
    public static final ExportProgress NONE = new ExportProgress(f -> { }, () -> false, 0, 1);

    private final DoubleConsumer fraction;
    private final BooleanSupplier cancelled;
    private final double from;
    private final double to;

    private ExportProgress(DoubleConsumer fraction, BooleanSupplier cancelled, double from, double to) {
        this.fraction = fraction;
        this.cancelled = cancelled;
        this.from = from;
        this.to = to;
    }

    /**
     * @param fraction receives how much is done, 0..1
     * @param cancelled asked between steps; true stops the export
     */
    public static ExportProgress of(DoubleConsumer fraction, BooleanSupplier cancelled) {
        return new ExportProgress(Objects.requireNonNull(fraction), Objects.requireNonNull(cancelled), 0, 1);
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** @throws CancellationException if the caller asked to stop */
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }

    /** Checks for cancellation, then reports {@code done} of {@code total} steps. */
    public void step(long done, long total) {
        checkCancelled();
        double f = total <= 0 ? 1 : Math.min(1, Math.max(0, done / (double) total));
        fraction.accept(from + (to - from) * f);
    }

    /** A progress for one phase of the work: its 0..1 maps onto {@code start..end} of this one. */
    public ExportProgress part(double start, double end) {
        if (!(0 <= start && start <= end && end <= 1)) {
            throw new IllegalArgumentException("a part must lie within 0..1, got " + start + ".." + end);
        }
        return new ExportProgress(fraction, cancelled, from + (to - from) * start, from + (to - from) * end);
    }
}
