package app.conv3d.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes float32, little-endian, C-order {@code .npy} files with a version 1.0 header padded with spaces
 * to a multiple of 64 bytes and ended by a newline, as NumPy itself writes them. Writes are atomic.
 */
public final class NpyWriter {
    private static final int ALIGN = 64;

    private NpyWriter() {
    }

    /** Writes {@code array}'s values as float32, whatever dtype it was read as. */
    public static void write(Path target, NpyArray array) throws IOException {
        AtomicFiles.write(target, out -> write(out, array));
    }

    static void write(OutputStream out, NpyArray array) throws IOException {
        write(out, array, NpyDtype.FLOAT32);
    }

    /**
     * Writes {@code array}'s values as float32 or as uint8; uint8 needs whole values in 0..255 (a clip
     * as captured), and takes a quarter of the space.
     */
    static void write(OutputStream out, NpyArray array, NpyDtype as) throws IOException {
        if (as != NpyDtype.FLOAT32 && as != NpyDtype.UINT8) {
            throw new IllegalArgumentException("writes float32 or uint8, not " + as.descr());
        }
        if (as == NpyDtype.UINT8 && !fitsUint8(array.data())) {
            throw new IllegalArgumentException("uint8 holds whole values 0..255 only");
        }
        out.write(header(as, array.shape()));
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : array.data()) {
            if (buf.remaining() < 4) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            if (as == NpyDtype.UINT8) {
                buf.put((byte) (int) v);
            } else {
                buf.putFloat(v);
            }
        }
        out.write(buf.array(), 0, buf.position());
    }

    /** Whether every value is a whole number 0..255, so uint8 stores it exactly. */
    static boolean fitsUint8(float[] values) {
        for (float v : values) {
            if (!(v >= 0 && v <= 255 && v == (int) v)) {
                return false;
            }
        }
        return true;
    }

    /** Magic, version, length and the padded header dictionary; version 2.0 only if 1.0 cannot hold it. */
    static byte[] header(int[] shape) {
        return header(NpyDtype.FLOAT32, shape);
    }

    static byte[] header(NpyDtype dtype, int[] shape) {
        String dict = new NpyHeader(dtype, false, shape).text();
        boolean v1 = dict.length() + 1 + 10 <= 0xFFFF;
        int prefix = v1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int padded = (total + ALIGN - 1) / ALIGN * ALIGN;
        String text = dict + " ".repeat(padded - total) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(prefix + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) (v1 ? 1 : 2)).put((byte) 0);
        if (v1) {
            b.putShort((short) bytes.length);
        } else {
            b.putInt(bytes.length);
        }
        b.put(bytes);
        return b.array();
    }
}
