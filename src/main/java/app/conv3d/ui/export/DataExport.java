package app.conv3d.ui.export;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.io.BankGridGif;
import app.conv3d.io.ExportProgress;
import app.conv3d.io.FeatureFiles;
import app.conv3d.io.FeatureGif;
import app.conv3d.io.FeaturePng;
import app.conv3d.io.RgbGif;
import app.conv3d.io.SideBySideGif;
import app.conv3d.ui.lesson.Computed;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One export computed from a lesson's result (everything but the walkthrough recording, which needs
 * the window). Captures what it needs on the FX thread; {@link #write} runs on a worker and goes
 * through io's exporters, which write atomically and stop on cancel.
 */
public record DataExport(ExportKind kind, Computed computed, FeatureDisplay display, int kernel, int slice,
        ExportSettings settings) {
    /** Pixels of white between tiles and halves. */
    static final int GAP = 6;
    /** Slices per row of a montage. */
    static final int MONTAGE_COLUMNS = 4;

    public DataExport {
        if (kind == ExportKind.WALKTHROUGH_GIF) {
            throw new IllegalArgumentException("a walkthrough is recorded from the window, not computed");
        }
    }

    public void write(Path target, ExportProgress progress) throws IOException {
        var features = computed.features();
        int delay = settings.delayMs();
        int scale = settings.scale();
        switch (kind) {
            case INPUT_GIF -> RgbGif.write(target, computed.volume(), delay, scale, progress);
            case FEATURE_GIF -> FeatureGif.write(target, features, kernel, display, delay, scale, progress);
            case BANK_GRID_GIF -> BankGridGif.write(target, features, display, delay, scale, 0, GAP,
                    KernelCaptions.of(computed.bank()), progress);
            case SIDE_BY_SIDE_GIF -> SideBySideGif.write(target, computed.volume(), features, kernel, computed.shape(),
                    display, delay, scale, GAP, progress);
            case SLICE_PNG -> FeaturePng.writeSlice(target, features, kernel, slice, display, scale);
            case MONTAGE_PNG -> FeaturePng.writeMontage(target, features, kernel, display, scale, MONTAGE_COLUMNS, GAP);
            case FEATURES_NPY -> FeatureFiles.write(target, features);
            case WALKTHROUGH_GIF -> throw new IllegalStateException("unreachable");
        }
        progress.step(1, 1);
    }
}
