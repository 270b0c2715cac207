package app.conv3d.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads NumPy {@code .npy} files (format versions 1, 2 and 3) of the dtypes in {@link NpyDtype}, in C or
 * Fortran order; the result is always C order. Sizes are checked against the file before anything is
 * allocated, so a corrupt or hostile header cannot make us reserve gigabytes.
 */
public final class NpyReader {
    /** At most this many elements (2 GiB of floats): more than any clip or kernel the app shows. */
    public static final long MAX_ELEMENTS = 512L * 1024 * 1024;
    private static final int MAX_HEADER_BYTES = 1 << 20;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int CHUNK = 1 << 20;

    private NpyReader() {
    }

    public static NpyArray read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, IoTexts.text("npy.isFolder"));
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, ch);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, e.getMessage(), e);
        } catch (IOException e) {
            throw BadInputException.of(file, e);
        }
    }

    /**
     * Reads a {@code .npy} held in memory (an entry of a lesson file); problems are reported against
     * {@code name}, with the same checks as a file on disk.
     */
    static NpyArray read(Path name, byte[] bytes) throws BadInputException {
        try {
            return read(name, new ByteArrayChannel(bytes));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name, e.getMessage(), e);
        } catch (IOException e) {
            throw BadInputException.of(name, e);
        }
    }

    private static NpyArray read(Path file, SeekableByteChannel ch) throws IOException {
        Layout layout = layout(file, ch, MAX_ELEMENTS);
        NpyHeader header = layout.header();
        ch.position(layout.dataStart());
        float[] values = readValues(ch, header.dtype(), (int) layout.count());
        if (header.fortranOrder()) {
            values = fortranToC(values, header.shape());
        }
        return new NpyArray(header.shape(), header.dtype(), values);
    }

    /** Where a {@code .npy}'s values are: its header, the offset of the first value and the value count. */
    record Layout(NpyHeader header, long dataStart, long count) {
    }

    /**
     * Reads and checks the header only: the data that follows must be exactly as long as the shape says,
     * and hold at most {@code maxElements} values. Nothing the size of the data is allocated.
     */
    static Layout layout(Path file, SeekableByteChannel ch, long maxElements) throws IOException {
        long fileSize = ch.size();
        ByteBuffer prefix = readFully(ch, (int) Math.min(fileSize, 12));
        for (int k = 0; k < MAGIC.length; k++) {
            if (prefix.limit() <= k || prefix.get(k) != MAGIC[k]) {
                throw new BadInputException(file, IoTexts.text("npy.magic"));
            }
        }
        if (prefix.limit() < 10) {
            throw new BadInputException(file, IoTexts.text("npy.header.truncated"));
        }
        int major = prefix.get(6) & 0xFF;
        int minor = prefix.get(7) & 0xFF;
        long headerLength;
        int lengthBytes;
        if (major == 1) {
            lengthBytes = 2;
            headerLength = (prefix.get(8) & 0xFF) | (prefix.get(9) & 0xFF) << 8;
        } else if (major == 2 || major == 3) {
            lengthBytes = 4;
            if (prefix.limit() < 12) {
                throw new BadInputException(file, IoTexts.text("npy.header.truncated"));
            }
            headerLength = (prefix.get(8) & 0xFFL) | (prefix.get(9) & 0xFFL) << 8
                    | (prefix.get(10) & 0xFFL) << 16 | (prefix.get(11) & 0xFFL) << 24;
        } else {
            throw new BadInputException(file, IoTexts.text("npy.header.version", major + "." + minor));
        }
        long dataStart = 8 + lengthBytes + headerLength;
        if (headerLength > MAX_HEADER_BYTES) {
            throw new BadInputException(file, IoTexts.text("npy.header.absurd", headerLength));
        }
        if (dataStart > fileSize) {
            throw new BadInputException(file, IoTexts.text("npy.header.claims", headerLength,
                    fileSize));
        }
        ch.position(8 + lengthBytes);
        ByteBuffer headerBytes = readFully(ch, (int) headerLength);
        String text = new String(headerBytes.array(), 0, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header = NpyHeader.parse(text);

        long count = checkedCount(file, header.shape(), maxElements);
        long dataBytes = count * header.dtype().itemSize();
        long remaining = fileSize - dataStart;
        if (dataBytes > remaining) {
            throw new BadInputException(file, IoTexts.text("npy.data.truncated",
                    NpyArray.shapeText(header.shape()), header.dtype().descr(), dataBytes, remaining));
        }
        if (dataBytes < remaining) {
            throw new BadInputException(file, IoTexts.text("npy.data.mismatch",
                    NpyArray.shapeText(header.shape()), header.dtype().descr(), dataBytes, remaining));
        }
        return new Layout(header, dataStart, count);
    }

    private static long checkedCount(Path file, int[] shape, long maxElements) throws BadInputException {
        for (int d : shape) {
            if (d == 0) {
                return 0;
            }
        }
        long count = 1;
        for (int d : shape) {
            if (count > maxElements / d) {
                throw new BadInputException(file, IoTexts.text("npy.shape.absurd", NpyArray.shapeText(shape),
                        maxElements));
            }
            count *= d;
        }
        return count;
    }

    private static float[] readValues(SeekableByteChannel ch, NpyDtype dtype, int count) throws IOException {
        float[] out = new float[count];
        int item = dtype.itemSize();
        ByteBuffer buf = ByteBuffer.allocate(CHUNK - CHUNK % 8).order(dtype.order());
        int done = 0;
        while (done < count) {
            int n = Math.min(count - done, buf.capacity() / item);
            buf.clear().limit(n * item);
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    throw new IOException("file ended early");
                }
            }
            buf.flip();
            for (int k = 0; k < n; k++) {
                out[done + k] = switch (dtype) {
                    case UINT8 -> buf.get() & 0xFF;
                    case INT8 -> buf.get();
                    case FLOAT32, FLOAT32_BIG_ENDIAN -> buf.getFloat();
                    case FLOAT64, FLOAT64_BIG_ENDIAN -> (float) buf.getDouble();
                };
            }
            done += n;
        }
        return out;
    }

    /** Fortran order has the first index fastest; walk C order and look each value up there. */
    static float[] fortranToC(float[] fortran, int[] shape) {
        int rank = shape.length;
        float[] out = new float[fortran.length];
        if (fortran.length == 0) {
            return out;
        }
        long[] stride = new long[rank];
        long s = 1;
        for (int k = 0; k < rank; k++) {
            stride[k] = s;
            s *= shape[k];
        }
        int[] idx = new int[rank];
        long src = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = fortran[(int) src];
            for (int k = rank - 1; k >= 0; k--) {
                idx[k]++;
                src += stride[k];
                if (idx[k] < shape[k]) {
                    break;
                }
                src -= stride[k] * idx[k];
                idx[k] = 0;
            }
        }
        return out;
    }

    private static ByteBuffer readFully(SeekableByteChannel ch, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining() && ch.read(b) >= 0) {
            // keep reading: a channel may return fewer bytes than asked
        }
        b.flip();
        return b;
    }

    /** A read-only channel over a byte array. */
    private static final class ByteArrayChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;
        private boolean open = true;

        ByteArrayChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
