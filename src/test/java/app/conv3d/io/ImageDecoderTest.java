package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JPEGs as cameras and print shops make them: turned by EXIF, in CMYK, or cut off. */
class ImageDecoderTest {
    @TempDir
    Path dir;

    @Test
    void anExifOrientationTurnsThePhotoUpright() throws IOException {
        // stored 40 wide x 20 tall, red on the left half; orientation 6 = shown turned 90 degrees clockwise
        BufferedImage stored = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                stored.setRGB(x, y, x < 20 ? 0xFF0000 : 0x0000FF);
            }
        }
        Path photo = dir.resolve("upright.jpg");
        Files.write(photo, withExifOrientation(jpeg(stored), 6));
        assertEquals(6, ExifOrientation.of(photo));

        Volume v = ClipReader.read(photo, 1, FrameSize.NATIVE);
        assertEquals(40, v.height(), "turned: 20 wide and 40 tall");
        assertEquals(20, v.width());
        assertTrue(v.get(0, 5, 10, 0) > 200 && v.get(0, 5, 10, 2) < 60, "red on top, as the camera saw it");
        assertTrue(v.get(0, 35, 10, 2) > 200 && v.get(0, 35, 10, 0) < 60, "blue below");
    }

    @Test
    void everyOrientationMapsTheCornersAsTheStandardSays() {
        // a 2x3 frame (2 rows, 3 columns) whose red channel numbers the pixels 0..5 in raster order
        float[] rgb = new float[18];
        for (int i = 0; i < 6; i++) {
            rgb[i * 3] = i;
        }
        RgbFrame f = new RgbFrame(2, 3, rgb);
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, reds(ExifOrientation.apply(f, 1)));
        assertArrayEquals(new float[] {2, 1, 0, 5, 4, 3}, reds(ExifOrientation.apply(f, 2)));
        assertArrayEquals(new float[] {5, 4, 3, 2, 1, 0}, reds(ExifOrientation.apply(f, 3)));
        assertArrayEquals(new float[] {3, 4, 5, 0, 1, 2}, reds(ExifOrientation.apply(f, 4)));
        assertArrayEquals(new float[] {0, 3, 1, 4, 2, 5}, reds(ExifOrientation.apply(f, 5)));
        assertArrayEquals(new float[] {3, 0, 4, 1, 5, 2}, reds(ExifOrientation.apply(f, 6)));
        assertArrayEquals(new float[] {5, 2, 4, 1, 3, 0}, reds(ExifOrientation.apply(f, 7)));
        assertArrayEquals(new float[] {2, 5, 1, 4, 0, 3}, reds(ExifOrientation.apply(f, 8)));
    }

    @Test
    void aCmykJpegIsRefusedInOneLine() throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                cmyk.setPixel(x, y, new int[] {235, 215, 195, 0}); // RGB 20, 40, 60 as CMYK
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            writer.write(null, new IIOImage(cmyk, null, null), param);
        } finally {
            writer.dispose();
        }
        Path file = dir.resolve("print.jpg");
        Files.write(file, bytes.toByteArray());
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(file, 1, FrameSize.NATIVE));
        assertTrue(e.getMessage().startsWith(file + ": a CMYK JPEG"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aTruncatedJpegIsRefused() throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24)); // noise: the scan is most of the file
            }
        }
        byte[] whole = jpeg(image);
        Path file = dir.resolve("cut.jpg");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(file, 1, FrameSize.NATIVE));
        assertTrue(e.getMessage().startsWith(file + ": a damaged or truncated image"), e.getMessage());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path file = dir.resolve("secret.png");
        ImageIO.write(ClipReaderTest.numbered(1, 8, 8), "png", file.toFile());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "root reads every file: run as a user to check this");
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(file, 1, FrameSize.NATIVE));
        assertEquals(file + ": permission denied", e.getMessage());
    }

    @Test
    void aLargePhotoIsDecodedSubsampledTowardsTheWorkingSize() {
        assertEquals(5, ClipAssembler.subsampling(3000, 4000, 256, 256, ImageDecoder.MAX_DECODED_PIXELS));
        assertEquals(1, ClipAssembler.subsampling(480, 640, 256, 256, ImageDecoder.MAX_DECODED_PIXELS));
        int s = ClipAssembler.subsampling(16_000, 16_000, 2048, 2048, ImageDecoder.MAX_DECODED_PIXELS);
        assertTrue((16_000L / s + 1) * (16_000L / s + 1) <= ImageDecoder.MAX_DECODED_PIXELS, "within budget at " + s);
    }

    private static float[] reds(RgbFrame f) {
        float[] r = new float[f.height() * f.width()];
        for (int i = 0; i < r.length; i++) {
            r[i] = f.rgb()[i * 3];
        }
        return r;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF APP1 segment (big-endian TIFF, one IFD entry: orientation) after its SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}
