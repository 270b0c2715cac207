package app.conv3d.io;

import app.conv3d.core.Volume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a clip from frames decoded one at a time: each is fitted to the working size as soon as it
 * arrives, so only one full-size frame is in memory at once, and the clip's size is checked against
 * {@link ClipReader#MAX_VALUES} before the first frame is decoded.
 */
final class ClipAssembler {
    private final Path input;
    private final FrameSize target;
    private final int expectedFrames;
    private final List<RgbFrame> frames = new ArrayList<>();
    private int height;
    private int width;

    /** {@code expectedFrames}: how many frames will come, when known (else 1: checked as they come). */
    ClipAssembler(Path input, FrameSize target, int expectedFrames) {
        this.input = input;
        this.target = target;
        this.expectedFrames = Math.max(1, expectedFrames);
    }

    /**
     * The working size {height, width} for frames whose source is {@code srcHeight x srcWidth}: the
     * target, or for a native clip the first frame's size. The first call checks the budget.
     */
    int[] workingSize(int srcHeight, int srcWidth) throws BadInputException {
        if (height == 0) {
            int h = target.isNative() ? srcHeight : target.height();
            int w = target.isNative() ? srcWidth : target.width();
            checkBudget(expectedFrames, h, w);
            height = h;
            width = w;
        }
        return new int[] {height, width};
    }

    void add(RgbFrame frame) throws BadInputException {
        workingSize(frame.height(), frame.width());
        checkBudget(frames.size() + 1, height, width);
        frames.add(FrameFitter.fit(frame, height, width));
    }

    int count() {
        return frames.size();
    }

    Volume volume() throws BadInputException {
        if (frames.isEmpty()) {
            throw new BadInputException(input, IoTexts.text("clip.noFrames"));
        }
        return FrameImages.toVolume(frames);
    }

    private void checkBudget(int count, int h, int w) throws BadInputException {
        if ((long) count * h * w * 3 > ClipReader.MAX_VALUES) {
            throw new BadInputException(input, IoTexts.text("clip.tooLarge", count, h, w));
        }
    }

    /**
     * Every how many source pixels to decode one, so a {@code srcH x srcW} image decodes near the working
     * size (at least twice it, so the area-averaging resize still sees every detail that survives) and
     * never above {@code maxDecoded} pixels.
     */
    static int subsampling(long srcH, long srcW, int workH, int workW, long maxDecoded) {
        int s = (int) Math.max(1, Math.min(srcH / (2L * workH), srcW / (2L * workW)));
        while (((srcH + s - 1) / s) * ((srcW + s - 1) / s) > maxDecoded) {
            s++;
        }
        return s;
    }
}
