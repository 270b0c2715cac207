package app.conv3d.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * A JPEG's EXIF orientation (tag 0x0112): how the camera was held, which the JDK's decoder ignores. A
 * phone photo taken upright is stored sideways with orientation 6; shown as stored, a waving hand moves
 * up and down instead of left and right. Values 1-8 as in the EXIF standard; 1 when absent.
 */
final class ExifOrientation {
    private ExifOrientation() {
    }

    static int of(Path jpeg) throws IOException {
        return JpegHeader.read(jpeg).orientation();
    }

    static int tiffOrientation(ByteBuffer tiff) {
        try {
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < entries; i++) {
                int e = ifd + 2 + i * 12;
                if ((tiff.getShort(e) & 0xFFFF) == 0x0112) {
                    int value = tiff.getShort(e + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            // a damaged EXIF block: show the picture as stored
        }
        return 1;
    }

    /** Whether the orientation turns the picture by a quarter (width and height swap). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The frame turned and mirrored upright. */
    static RgbFrame apply(RgbFrame src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int h = src.height();
        int w = src.width();
        boolean swap = swapsSides(orientation);
        int outH = swap ? w : h;
        int outW = swap ? h : w;
        float[] in = src.rgb();
        float[] out = new float[in.length];
        for (int y = 0, o = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++, o += 3) {
                int sy;
                int sx;
                switch (orientation) {
                    case 2 -> { sy = y; sx = w - 1 - x; }
                    case 3 -> { sy = h - 1 - y; sx = w - 1 - x; }
                    case 4 -> { sy = h - 1 - y; sx = x; }
                    case 5 -> { sy = x; sx = y; }
                    case 6 -> { sy = h - 1 - x; sx = y; }
                    case 7 -> { sy = h - 1 - x; sx = w - 1 - y; }
                    default -> { sy = x; sx = w - 1 - y; } // 8
                }
                int i = (sy * w + sx) * 3;
                out[o] = in[i];
                out[o + 1] = in[i + 1];
                out[o + 2] = in[i + 2];
            }
        }
        return new RgbFrame(outH, outW, out);
    }
}
