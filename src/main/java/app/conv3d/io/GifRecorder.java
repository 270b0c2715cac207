package app.conv3d.io;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Records frames that arrive one at a time (snapshots of the live 3D view during a walkthrough) into a
 * looping RGB GIF with one shared palette, as {@link RgbGif} makes, without holding the frames in
 * memory: each frame is counted into a colour histogram and appended, deflated, to a hidden spill file
 * next to the target; {@link #finish} chooses the palette from the histogram, then dithers and writes
 * the frames back from the spill through an atomic write. {@link #cancel}, {@link #close} without
 * finishing, a cancelled {@code finish} or any failure delete the spill and leave no GIF (an existing
 * target is untouched).
 * <pre>
 * try (GifRecorder gif = GifRecorder.open(target, 100)) {
 *     for (...) gif.add(snapshot);          // on any thread, one at a time
 *     gif.finish(progress);
 * }
 * </pre>
 * Not thread-safe: one thread at a time (the UI may add on the FX thread and finish on a worker, one
 * after the other).
 */
public final class GifRecorder implements Closeable {
    /** Enough for minutes of walkthrough at 10 frames a second. */
    public static final int MAX_FRAMES = 10_000;
    private static final double PALETTE_SHARE = 0.1;

    private final Path target;
    private final int delayMs;
    private final Path spill;
    private final ColorHistogram histogram = new ColorHistogram();
    private OutputStream spillOut;
    private int width;
    private int height;
    private int frames;
    private boolean done;

    private GifRecorder(Path target, int delayMs, Path spill) throws IOException {
        this.target = target;
        this.delayMs = delayMs;
        this.spill = spill;
        this.spillOut = new BufferedOutputStream(
                new DeflaterOutputStream(Files.newOutputStream(spill), new Deflater(Deflater.BEST_SPEED), 1 << 16),
                1 << 16);
    }

    /**
     * Starts a recording into {@code target}; checks now that the folder is writable, so a bad choice is
     * reported before any frame is recorded.
     */
    public static GifRecorder open(Path target, int delayMs) throws IOException {
        GifSequenceWriter.centiseconds(delayMs);
        Path spill = AtomicOutput.createTemp(target, ".frames.tmp");
        try {
            return new GifRecorder(target, delayMs, spill);
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(spill);
            throw e;
        }
    }

    /** Appends one frame; the first frame fixes the size of all. The image may be reused by the caller. */
    public void add(BufferedImage frame) throws IOException {
        if (done) {
            throw new IllegalStateException("the recording is already finished or cancelled");
        }
        if (frames == 0) {
            IndexedGif.checkSize(frame.getWidth(), frame.getHeight());
            width = frame.getWidth();
            height = frame.getHeight();
        }
        RgbGif.checkSameSize(width, height, frame);
        if (frames >= MAX_FRAMES) {
            throw new IllegalStateException("a recording holds at most " + MAX_FRAMES + " frames");
        }
        int[] rgb = frame.getRGB(0, 0, width, height, null, 0, width);
        histogram.add(rgb);
        byte[] bytes = new byte[rgb.length * 3];
        for (int i = 0, o = 0; i < rgb.length; i++) {
            int p = rgb[i];
            bytes[o++] = (byte) (p >> 16);
            bytes[o++] = (byte) (p >> 8);
            bytes[o++] = (byte) p;
        }
        try {
            spillOut.write(bytes);
        } catch (IOException e) {
            cancel();
            throw BadInputException.of(spill, e);
        }
        frames++;
    }

    /** How many frames have been added so far. */
    public int frames() {
        return frames;
    }

    /**
     * Writes the GIF and ends the recording. Reports progress over the encoding; if {@code progress} is
     * cancelled, throws {@link java.util.concurrent.CancellationException} and writes nothing.
     */
    public void finish(ExportProgress progress) throws IOException {
        if (done) {
            throw new IllegalStateException("the recording is already finished or cancelled");
        }
        if (frames == 0) {
            cancel();
            throw new IllegalStateException("nothing was recorded: a GIF needs at least one frame");
        }
        try {
            spillOut.close();
            spillOut = null;
            progress.checkCancelled();
            int[] colors = histogram.colors();
            int[] palette = MedianCutPalette.of(colors, histogram.counts(colors), 256);
            progress.part(0, PALETTE_SHARE).step(1, 1);
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new InflaterInputStream(Files.newInputStream(spill)), 1 << 16))) {
                byte[] bytes = new byte[width * height * 3];
                RgbGif.write(target, frames, t -> readFrame(in, bytes), width, height, palette, delayMs, 1, progress);
            } catch (SpillReadFailure e) {
                throw BadInputException.of(spill, e.getCause());
            }
        } finally {
            cancel();
        }
    }

    private static int[] readFrame(DataInputStream in, byte[] bytes) {
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw new SpillReadFailure(new IOException("the recording's spill file ended early", e));
        } catch (IOException e) {
            throw new SpillReadFailure(e);
        }
        int[] rgb = new int[bytes.length / 3];
        for (int i = 0, o = 0; i < rgb.length; i++) {
            rgb[i] = (bytes[o++] & 0xFF) << 16 | (bytes[o++] & 0xFF) << 8 | (bytes[o++] & 0xFF);
        }
        return rgb;
    }

    /** Carries a failure to read the spill back out of the frame function, and only that. */
    private static final class SpillReadFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        SpillReadFailure(IOException cause) {
            super(cause);
        }
    }

    /** Ends the recording without writing anything; safe to call at any time and more than once. */
    public void cancel() {
        done = true;
        try {
            if (spillOut != null) {
                spillOut.close();
            }
        } catch (IOException ignored) {
            // the spill is deleted next; nothing of it is needed any more
        }
        spillOut = null;
        try {
            TempFiles.delete(spill);
        } catch (IOException ignored) {
            // a hidden temp file we could not delete is all that can remain; the GIF was not written
        }
    }

    /** Same as {@link #cancel()} unless {@link #finish} has already written the GIF. */
    @Override
    public void close() {
        cancel();
    }
}
