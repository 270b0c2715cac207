package app.conv3d.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a JPEG's header segments say that the JDK's decoder ignores or gets wrong: the EXIF orientation
 * and the number of colour components (4: CMYK or YCCK). Read from the bytes before the first scan,
 * without the JDK's metadata parser (which refuses an EXIF segment placed before the JFIF one).
 *
 * @param orientation EXIF orientation 1-8; 1 when absent
 * @param components colour components of the frame; 0 when no frame header was found
 */
record JpegHeader(int orientation, int components) {
    /** The header segments are read at most this far into the file. */
    private static final int SCAN_BYTES = 256 * 1024;

    static JpegHeader read(Path jpeg) throws IOException {
        try (InputStream in = Files.newInputStream(jpeg)) {
            return of(in.readNBytes(SCAN_BYTES));
        }
    }

    static JpegHeader of(byte[] jpeg) {
        ByteBuffer b = ByteBuffer.wrap(jpeg).order(ByteOrder.BIG_ENDIAN);
        int orientation = 1;
        if (jpeg.length < 4 || (b.getShort(0) & 0xFFFF) != 0xFFD8) {
            return new JpegHeader(orientation, 0);
        }
        int p = 2;
        while (p + 4 <= jpeg.length && (jpeg[p] & 0xFF) == 0xFF) {
            int marker = jpeg[p + 1] & 0xFF;
            int length = b.getShort(p + 2) & 0xFFFF;
            if (marker == 0xDA || length < 2) {
                break; // start of scan: no more headers
            }
            boolean whole = p + 2 + length <= jpeg.length;
            if (marker == 0xE1 && length >= 8 && whole
                    && new String(jpeg, p + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                orientation = ExifOrientation.tiffOrientation(ByteBuffer.wrap(jpeg, p + 10, length - 8).slice());
            }
            boolean frameHeader = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (frameHeader && length >= 8 && whole) {
                return new JpegHeader(orientation, jpeg[p + 9] & 0xFF);
            }
            p += 2 + length;
        }
        return new JpegHeader(orientation, 0);
    }
}
