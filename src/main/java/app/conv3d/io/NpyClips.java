package app.conv3d.io;

import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@code .npy} file read as a lesson clip: RGB or gray, 0..255 (or normalised 0..1 floats). Only the
 * frames used are read, one at a time and only every n-th row and column when the frames are much larger
 * than the working size, so a clip of gigabytes costs no more memory than the lesson it becomes.
 */
final class NpyClips {
    /**
     * Float clips whose largest value is at most this are taken as normalised 0..1 and scaled by 255:
     * a clip saved from 0..1 floats often carries rounding noise just above 1 (1.0000001), and a real
     * 0..255 clip whose brightest pixel is below 1.01 would be black anyway.
     */
    static final float UNIT_RANGE_LIMIT = 1.01f;
    /** The widest or tallest frame read: a row is read whole. */
    private static final int MAX_SIDE = 65_535;

    private NpyClips() {
    }

    static Volume read(Path file, int maxFrames, FrameSize target) throws IOException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, IoTexts.text("npy.isFolder"));
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyReader.Layout layout = NpyReader.layout(file, ch, Long.MAX_VALUE / 16);
            return read(file, ch, layout, maxFrames, target);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw BadInputException.of(file, e);
        }
    }

    private static Volume read(Path file, FileChannel ch, NpyReader.Layout layout, int maxFrames, FrameSize target)
            throws IOException {
        int[] s = layout.header().shape();
        String shape = NpyArray.shapeText(s);
        boolean gray = s.length == 3 || (s.length == 4 && s[3] == 1);
        if (!(gray || (s.length == 4 && s[3] == 3))) {
            throw new BadInputException(file, IoTexts.text("npy.clipShape", shape));
        }
        if (s[0] < 1 || s[1] < 1 || s[2] < 1) {
            throw new BadInputException(file, IoTexts.text("npy.empty", shape));
        }
        if (layout.header().fortranOrder() && layout.count() > NpyReader.MAX_ELEMENTS) {
            throw new BadInputException(file, IoTexts.text("npy.fortran"));
        }
        if (s[1] > MAX_SIDE || s[2] > MAX_SIDE || (long) s[1] * s[2] > ImageDecoder.MAX_SOURCE_PIXELS) {
            throw new BadInputException(file, IoTexts.text("npy.tooLarge", s[1], s[2], ImageDecoder.MAX_SOURCE_TEXT));
        }
        int frames = Math.min(maxFrames, s[0]);
        ClipAssembler clip = new ClipAssembler(file, target, frames);
        int[] work = clip.workingSize(s[1], s[2]);
        int step = ClipAssembler.subsampling(s[1], s[2], work[0], work[1], ImageDecoder.MAX_DECODED_PIXELS);
        Frames source = layout.header().fortranOrder()
                ? new InMemory(NpyReader.read(file), gray, step)
                : new OnDisk(ch, layout, gray, step);
        float scale = valueScale(file, source, frames, layout.header().dtype());
        for (int t = 0; t < frames; t++) {
            RgbFrame f = source.frame(t);
            float[] v = f.rgb();
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.min(255f, v[i] * scale);
            }
            clip.add(f);
        }
        return clip.volume();
    }

    /**
     * 1 for 0..255 data, 255 for float data whose largest value is at most {@link #UNIT_RANGE_LIMIT};
     * negative, larger or non-finite values are refused. Only the frames and pixels used are looked at.
     */
    private static float valueScale(Path file, Frames source, int frames, NpyDtype dtype) throws IOException {
        if (dtype == NpyDtype.UINT8) {
            return 1f;
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < frames; t++) {
            for (float v : source.frame(t).rgb()) {
                if (!Float.isFinite(v)) {
                    throw new BadInputException(file, IoTexts.text("npy.nonFinite", v));
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo < 0 || hi > 255) {
            throw new BadInputException(file, IoTexts.text("npy.range", lo, hi));
        }
        boolean floats = dtype != NpyDtype.INT8;
        return floats && hi <= UNIT_RANGE_LIMIT ? 255f : 1f;
    }

    /** Frame t, every {@code step}-th row and column, as RGB (gray replicated), values as stored. */
    private interface Frames {
        RgbFrame frame(int t) throws IOException;
    }

    /** A C-order array read a row at a time from the file. */
    private record OnDisk(FileChannel ch, NpyReader.Layout layout, boolean gray, int step) implements Frames {
        @Override
        public RgbFrame frame(int t) throws IOException {
            int[] s = layout.header().shape();
            NpyDtype dtype = layout.header().dtype();
            int h = s[1];
            int w = s[2];
            int c = gray ? 1 : 3;
            int item = dtype.itemSize();
            int outH = (h + step - 1) / step;
            int outW = (w + step - 1) / step;
            float[] rgb = new float[outH * outW * 3];
            ByteBuffer row = ByteBuffer.allocate(w * c * item).order(dtype.order());
            for (int oy = 0; oy < outH; oy++) {
                long element = ((long) t * h + (long) oy * step) * w * c;
                row.clear();
                long position = layout.dataStart() + element * item;
                while (row.hasRemaining()) {
                    int n = ch.read(row, position + row.position());
                    if (n < 0) {
                        throw new IOException(IoTexts.text("npy.endedEarly"));
                    }
                }
                for (int ox = 0, o = oy * outW * 3; ox < outW; ox++) {
                    int at = ox * step * c * item;
                    for (int k = 0; k < 3; k++) {
                        rgb[o++] = value(row, at + (gray ? 0 : k * item), dtype);
                    }
                }
            }
            return new RgbFrame(outH, outW, rgb);
        }

        private static float value(ByteBuffer b, int at, NpyDtype dtype) {
            return switch (dtype) {
                case UINT8 -> b.get(at) & 0xFF;
                case INT8 -> b.get(at);
                case FLOAT32, FLOAT32_BIG_ENDIAN -> b.getFloat(at);
                case FLOAT64, FLOAT64_BIG_ENDIAN -> (float) b.getDouble(at);
            };
        }
    }

    /** A (small) Fortran-order array, read whole and reordered by {@link NpyReader}. */
    private record InMemory(NpyArray array, boolean gray, int step) implements Frames {
        @Override
        public RgbFrame frame(int t) {
            int[] s = array.shape();
            int h = s[1];
            int w = s[2];
            int c = gray ? 1 : 3;
            int outH = (h + step - 1) / step;
            int outW = (w + step - 1) / step;
            float[] rgb = new float[outH * outW * 3];
            float[] d = array.data();
            for (int oy = 0, o = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    int base = ((t * h + oy * step) * w + ox * step) * c;
                    for (int k = 0; k < 3; k++) {
                        rgb[o++] = d[base + (gray ? 0 : k)];
                    }
                }
            }
            return new RgbFrame(outH, outW, rgb);
        }
    }
}
