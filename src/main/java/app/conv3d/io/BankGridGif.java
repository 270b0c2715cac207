package app.conv3d.io;

import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.ValueRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A whole bank's features as one looping GIF: frame {@code t} shows every kernel's output slice
 * {@code t} as a tile, kernels left to right then top to bottom, separated by gaps. All tiles share the
 * display's colormap, so the GIF palette is the colormap itself and every pixel has exactly the colour
 * the app shows. Each kernel is normalised over its own volume, as the feature view does. Gaps (and
 * the empty cells of an incomplete last row) take the colormap's lightest colour: white for both maps
 * the app has, as in the PNG montage. Captions, when given, sit above their tiles in the colormap's darkest
 * colour.
 */
public final class BankGridGif {
    public static final int MAX_GAP = 64;

    private BankGridGif() {
    }

    /**
     * @param scale each feature value drawn as a {@code scale x scale} block, 1..{@value FeatureGif#MAX_SCALE}
     * @param columns tiles per row; 0 picks a near-square grid
     * @param gap pixels between tiles, 0..{@value #MAX_GAP}
     */
    public static void write(Path target, FeatureVolume features, FeatureDisplay display, int delayMs, int scale,
            int columns, int gap, ExportProgress progress) throws IOException {
        write(target, features, display, delayMs, scale, columns, gap, null, progress);
    }

    /**
     * As above, with {@code captions} (one per kernel, e.g. "2  temporal difference"; null for none) written
     * above each tile in the colormap's darkest colour, so a class can tell which kernel is which.
     */
    public static void write(Path target, FeatureVolume features, FeatureDisplay display, int delayMs, int scale,
            int columns, int gap, List<String> captions, ExportProgress progress) throws IOException {
        FeatureGif.checkScale(scale);
        if (captions != null && captions.size() != features.kernels()) {
            throw new InvalidSpecException(IoTexts.text("export.captions", features.kernels(), captions.size()));
        }
        if (columns < 0 || gap < 0 || gap > MAX_GAP) {
            throw new InvalidSpecException(IoTexts.text("export.grid", MAX_GAP, columns, gap));
        }
        int n = features.kernels();
        int cols = columns(n, columns);
        int rows = (n + cols - 1) / cols;
        int tileW = features.width() * scale;
        int tileH = features.height() * scale;
        int captionH = captions == null ? 0 : TileCaption.HEIGHT;
        long width = (long) cols * tileW + (long) (cols - 1) * gap;
        long height = (long) rows * (captionH + tileH) + (long) (rows - 1) * gap;
        IndexedGif.checkSize((int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE));
        ValueRange[] ranges = new ValueRange[n];
        for (int k = 0; k < n; k++) {
            ranges[k] = display.displayRange(features, k);
        }
        int[] palette = display.colormap().palette();
        byte background = (byte) lightest(palette);
        int w = (int) width;
        byte[][] strips = new byte[n][];
        for (int k = 0; k < n && captions != null; k++) {
            strips[k] = TileCaption.render(captions.get(k), tileW, background, (byte) TileCaption.darkest(palette));
        }
        IndexedGif.write(target, features.frames(), t -> {
            byte[] frame = new byte[w * (int) height];
            Arrays.fill(frame, background);
            for (int k = 0; k < n; k++) {
                byte[] tile = IndexedGif.enlarge(display.levels(features, k, t, ranges[k]), features.width(),
                        features.height(), scale);
                int left = (k % cols) * (tileW + gap);
                int top = (k / cols) * (captionH + tileH + gap) + captionH;
                for (int y = 0; y < captionH; y++) {
                    System.arraycopy(strips[k], y * tileW, frame, (top - captionH + y) * w + left, tileW);
                }
                for (int y = 0; y < tileH; y++) {
                    System.arraycopy(tile, y * tileW, frame, (top + y) * w + left, tileW);
                }
            }
            return frame;
        }, w, (int) height, palette, delayMs, progress);
    }

    /** Tiles per row: {@code columns} if given (at most one per kernel), else the smallest near-square grid. */
    public static int columns(int kernels, int columns) {
        if (columns > 0) {
            return Math.min(columns, kernels);
        }
        return (int) Math.ceil(Math.sqrt(kernels));
    }

    /** The palette entry with the highest luma. */
    static int lightest(int[] palette) {
        int best = 0;
        double bestLuma = -1;
        for (int i = 0; i < palette.length; i++) {
            int c = palette[i];
            double luma = 0.299 * (c >> 16 & 0xFF) + 0.587 * (c >> 8 & 0xFF) + 0.114 * (c & 0xFF);
            if (luma > bestLuma) {
                bestLuma = luma;
                best = i;
            }
        }
        return best;
    }
}
