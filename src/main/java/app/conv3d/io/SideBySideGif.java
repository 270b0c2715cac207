package app.conv3d.io;

import app.conv3d.core.ConvShape;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.ReceptiveField;
import app.conv3d.core.ValueRange;
import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Input and one kernel's features side by side as a looping RGB GIF: one frame per output time step
 * {@code t}, the input frame on the left and feature slice {@code t} on the right, on white.
 * <p>
 * Which input frame goes with output step {@code t}: the centre of its receptive field in time,
 * {@code t*stride - pad + dilation*(kt-1)/2} (clamped into the clip). With valid padding and stride 1
 * that is {@code t + (kt-1)/2}, so a 16-frame clip and a 5-frame kernel give 12 GIF frames showing
 * input frames 2..13; with "same" padding it is frame {@code t} itself.
 * <p>
 * The feature slice is enlarged by the largest whole factor that keeps it no larger than the input (so
 * a stride-2 output is drawn at the input's scale), both halves are centred vertically, and the whole
 * frame can be enlarged by {@code scale}. Colours go through {@link RgbGif} (one shared palette,
 * dithered), since input colours and colormap colours together exceed a GIF's 256.
 */
public final class SideBySideGif {
    private SideBySideGif() {
    }

    /**
     * @param shape the convolution that made {@code features} from {@code clip}
     * @param gap white pixels between the halves, 0..{@value BankGridGif#MAX_GAP}
     */
    public static void write(Path target, Volume clip, FeatureVolume features, int kernel, ConvShape shape,
            FeatureDisplay display, int delayMs, int scale, int gap, ExportProgress progress) throws IOException {
        RgbGif.write(target, frames(clip, features, kernel, shape, display, gap), delayMs, scale, progress);
    }

    /** The unscaled frames, one per output time step. */
    static List<BufferedImage> frames(Volume clip, FeatureVolume features, int kernel, ConvShape shape,
            FeatureDisplay display, int gap) {
        FeatureGif.checkKernel(features, kernel);
        if (gap < 0 || gap > BankGridGif.MAX_GAP) {
            throw new InvalidSpecException(IoTexts.text("export.gap", BankGridGif.MAX_GAP, gap));
        }
        if (!clip.size().equals(shape.input()) || !features.size().equals(shape.output())) {
            throw new InvalidSpecException(IoTexts.text("export.shape", clip.size(), features.size(), shape.input(),
                    shape.output()));
        }
        int f = featureZoom(clip, features);
        int fw = features.width() * f;
        int fh = features.height() * f;
        int width = clip.width() + gap + fw;
        int height = Math.max(clip.height(), fh);
        int clipTop = (height - clip.height()) / 2;
        int featureTop = (height - fh) / 2;
        ValueRange range = display.displayRange(features, kernel);
        int[] white = new int[width];
        Arrays.fill(white, 0xFFFFFF);
        List<BufferedImage> frames = new ArrayList<>(features.frames());
        for (int t = 0; t < features.frames(); t++) {
            BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                frame.setRGB(0, y, width, 1, white, 0, width);
            }
            BufferedImage input = FrameImages.toImage(clip, inputFrame(shape, t));
            frame.setRGB(0, clipTop, clip.width(), clip.height(),
                    input.getRGB(0, 0, clip.width(), clip.height(), null, 0, clip.width()), 0, clip.width());
            int[] argb = display.argb(features, kernel, t, range);
            int[] row = new int[fw];
            for (int y = 0; y < fh; y++) {
                int src = (y / f) * features.width();
                for (int x = 0; x < fw; x++) {
                    row[x] = argb[src + x / f];
                }
                frame.setRGB(clip.width() + gap, featureTop + y, fw, 1, row, 0, fw);
            }
            frames.add(frame);
        }
        return frames;
    }

    /** The input frame shown with output time step {@code t}: the centre of its receptive field, in the clip. */
    public static int inputFrame(ConvShape shape, int t) {
        ReceptiveField field = ReceptiveField.at(shape, t, 0, 0);
        int centre = field.origin().t() + (field.extent().t() - 1) / 2;
        return Math.max(0, Math.min(shape.input().t() - 1, centre));
    }

    /** The largest whole enlargement of the feature slice that is no larger than the input frame; at least 1. */
    static int featureZoom(Volume clip, FeatureVolume features) {
        return Math.max(1, Math.min(clip.height() / features.height(), clip.width() / features.width()));
    }
}
