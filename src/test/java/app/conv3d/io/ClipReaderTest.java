package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipReaderTest {
    @TempDir
    Path dir;

    /** An image whose red channel is the frame number, green = row, blue = column (mod 256). */
    static BufferedImage numbered(int n, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, n << 16 | (y & 0xFF) << 8 | (x & 0xFF));
            }
        }
        return img;
    }

    private Path folderOf(int count, int w, int h, String format) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("frames"));
        for (int i = 1; i <= count; i++) {
            ImageIO.write(numbered(i, w, h), format, folder.resolve("frame" + i + "." + format).toFile());
        }
        return folder;
    }

    @Test
    void folderIsReadInNaturalOrderPixelForPixel() throws IOException {
        Path folder = folderOf(12, 10, 6, "png");
        Volume v = ClipReader.read(folder, 16, FrameSize.of(6, 10));
        assertEquals(12, v.frames());
        assertEquals(3, v.channels());
        for (int t = 0; t < 12; t++) {
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 10; x++) {
                    assertEquals(t + 1, v.get(t, y, x, 0));
                    assertEquals(y, v.get(t, y, x, 1));
                    assertEquals(x, v.get(t, y, x, 2));
                }
            }
        }
    }

    @Test
    void maxFramesTakesTheFirstOnes() throws IOException {
        Volume v = ClipReader.read(folderOf(12, 4, 4, "png"), 3, FrameSize.NATIVE);
        assertEquals(3, v.frames());
        assertEquals(3f, v.get(2, 0, 0, 0));
    }

    @Test
    void nativeSizeIsTheFirstFramesAndMixedSizesAreFitted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        ImageIO.write(numbered(1, 8, 4), "png", folder.resolve("a1.png").toFile());
        ImageIO.write(numbered(2, 16, 8), "png", folder.resolve("a2.png").toFile());
        ImageIO.write(numbered(3, 5, 5), "bmp", folder.resolve("a3.BMP").toFile());
        Volume v = ClipReader.read(folder, 16, FrameSize.NATIVE);
        assertEquals(3, v.frames());
        assertEquals(4, v.height());
        assertEquals(8, v.width());
        assertEquals(2f, v.get(1, 2, 3, 0), 1e-4);
        assertEquals(3f, v.get(2, 2, 3, 0), 1e-3);
    }

    @Test
    void hiddenAndNonImageFilesAreIgnored() throws IOException {
        Path folder = folderOf(2, 4, 4, "png");
        Files.writeString(folder.resolve("notes.txt"), "hello");
        Files.writeString(folder.resolve(".DS_Store"), "junk");
        Files.writeString(folder.resolve("._frame1.png"), "mac resource fork");
        Files.createDirectory(folder.resolve("sub.png"));
        assertEquals(2, ClipReader.read(folder, 16, FrameSize.NATIVE).frames());
    }

    @Test
    void undecodableImageIsNamed() throws IOException {
        Path folder = folderOf(2, 4, 4, "png");
        Path bad = folder.resolve("frame3.JPG");
        Files.writeString(bad, "this is text");
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(folder, 16, FrameSize.NATIVE));
        assertEquals(bad + ": not an image (png, jpg, bmp or gif)", e.getMessage());
    }

    @Test
    void folderWithoutImagesIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(folder.resolve("readme.txt"), "no frames here");
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(folder, 16, FrameSize.NATIVE));
        assertEquals(folder + ": no images (png, jpg, bmp or gif) in this folder", e.getMessage());
    }

    @Test
    void missingInputIsNamed() {
        Path p = dir.resolve("nope");
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(p, 16, FrameSize.NATIVE));
        assertEquals(p + ": no such file or folder", e.getMessage());
    }

    @Test
    void unknownFileTypeIsNamed() throws IOException {
        Path p = Files.writeString(dir.resolve("clip.mp4"), "not supported");
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(p, 16, FrameSize.NATIVE));
        assertTrue(e.getMessage().startsWith(p + ": not a clip"), e.getMessage());
    }

    @Test
    void jpegFramesAreReadAndResized() throws IOException {
        Path folder = folderOf(2, 64, 48, "jpg");
        Volume v = ClipReader.read(folder, 16, FrameSize.of(24, 24));
        assertEquals(24, v.height());
        assertEquals(24, v.width());
        // Red encodes the frame number; JPEG keeps it within a few levels.
        assertEquals(2f, v.get(1, 12, 12, 0), 8f);
    }

    @Test
    void animatedGifIsCompositedAndFitted() throws IOException {
        Path gif = GifFramesTest.writeTricky(dir.resolve("anim.gif"));
        Volume v = ClipReader.read(gif, 16, FrameSize.NATIVE);
        assertEquals(4, v.frames());
        assertEquals(255f, v.get(2, 3, 3, 0));
        assertEquals(255f, v.get(2, 0, 0, 2));
        Volume small = ClipReader.read(gif, 2, FrameSize.of(2, 2));
        assertEquals(2, small.frames());
        assertEquals(2, small.width());
    }

    @Test
    void singleImageIsOneFrame() throws IOException {
        Path p = dir.resolve("still.PNG");
        ImageIO.write(numbered(9, 3, 2), "png", p.toFile());
        Volume v = ClipReader.read(p, 16, FrameSize.NATIVE);
        assertEquals(1, v.frames());
        assertEquals(9f, v.get(0, 1, 2, 0));
    }

    @Test
    void rgbNpyIsReadExactly() throws IOException {
        float[] data = new float[2 * 3 * 4 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 3.5f;
        }
        Path p = dir.resolve("clip.npy");
        NpyWriter.write(p, NpyArray.float32(data, 2, 3, 4, 3));
        Volume v = ClipReader.read(p, 16, FrameSize.of(3, 4));
        assertArrayEquals(data, v.data());
    }

    @Test
    void grayNpyIsReplicatedToRgb() throws IOException {
        Path p = NpyTestFiles.write(dir, "g.npy", NpyTestFiles.npy(1,
                NpyTestFiles.dict("|u1", false, "(2, 1, 2)"), new byte[] {0, 10, (byte) 200, (byte) 255}));
        Volume v = ClipReader.read(p, 16, FrameSize.NATIVE);
        assertEquals(3, v.channels());
        assertArrayEquals(new float[] {0, 0, 0, 10, 10, 10, 200, 200, 200, 255, 255, 255}, v.data());
    }

    @Test
    void normalisedFloatNpyIsScaledTo255() throws IOException {
        Path p = dir.resolve("n.npy");
        NpyWriter.write(p, NpyArray.float32(new float[] {0f, 0.5f, 1f}, 1, 1, 1, 3));
        assertArrayEquals(new float[] {0f, 127.5f, 255f}, ClipReader.read(p, 16, FrameSize.NATIVE).data());
    }

    @Test
    void roundingNoiseAboveOneStillReadsAsNormalised() throws IOException {
        Path p = dir.resolve("noisy.npy");
        NpyWriter.write(p, NpyArray.float32(new float[] {0f, 0.5f, 1.0000001f, 0.2f, 1.005f, 1f}, 1, 1, 2, 3));
        assertArrayEquals(new float[] {0f, 127.5f, 255f, 51f, 255f, 255f},
                ClipReader.read(p, 16, FrameSize.NATIVE).data(), 1e-3f);
    }

    @Test
    void aFloatClipWhoseBrightestValueIsAboveTheToleranceIsTakenAs0To255() throws IOException {
        Path p = dir.resolve("dark.npy");
        NpyWriter.write(p, NpyArray.float32(new float[] {0f, 0.5f, 1.5f}, 1, 1, 1, 3));
        assertArrayEquals(new float[] {0f, 0.5f, 1.5f}, ClipReader.read(p, 16, FrameSize.NATIVE).data());
    }

    @Test
    void aLongNpyClipIsReadOnlyAsFarAsTheFramesUsed() throws IOException {
        float[] data = new float[40 * 2 * 2 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = i < 4 * 12 ? 7f : 300f; // frames 4.. are out of range, but never used
        }
        Path p = dir.resolve("long.npy");
        NpyWriter.write(p, NpyArray.float32(data, 40, 2, 2, 3));
        Volume v = ClipReader.read(p, 4, FrameSize.NATIVE);
        assertEquals(4, v.frames());
        assertEquals(7f, v.get(3, 1, 1, 2));
    }

    @Test
    void npyOutOfRangeIsRefused() throws IOException {
        Path p = dir.resolve("o.npy");
        NpyWriter.write(p, NpyArray.float32(new float[] {0f, 300f, 1f}, 1, 1, 1, 3));
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(p, 16, FrameSize.NATIVE));
        assertEquals(p + ": clip values must lie in 0..255 (or 0..1), found 0.0..300.0", e.getMessage());
    }

    @Test
    void npyWithWrongShapeIsRefused() throws IOException {
        Path p = dir.resolve("w.npy");
        NpyWriter.write(p, NpyArray.float32(new float[8], 1, 2, 2, 2));
        BadInputException e = assertThrows(BadInputException.class, () -> ClipReader.read(p, 16, FrameSize.NATIVE));
        assertEquals(p + ": a clip must have shape (T, H, W, 3) or (T, H, W), got (1, 2, 2, 2)", e.getMessage());
    }

    @Test
    void imageFilesListsInNaturalOrder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("order"));
        for (String n : List.of("f10.png", "f2.gif", "F1.jpeg", "f3.txt")) {
            Files.writeString(folder.resolve(n), "");
        }
        List<String> names = ClipReader.imageFiles(folder).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("F1.jpeg", "f2.gif", "f10.png"), names);
    }
}
