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
        out.write(header(array.shape()));
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : array.data()) {
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putFloat(v);
        }
        out.write(buf.array(), 0, buf.position());
    }

    /** Magic, version, length and the padded header dictionary; version 2.0 only if 1.0 cannot hold it. */
    static byte[] header(int[] shape) {
        String dict = new NpyHeader(NpyDtype.FLOAT32, false, shape).text();
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
