package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipWriterTest {
    @TempDir
    Path dir;

    static Volume clip(int frames) {
        float[] d = new float[frames * 3 * 5 * 3];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i * 37) % 256;
        }
        return new Volume(frames, 3, 5, 3, d);
    }

    @Test
    void writesNumberedPngsThatReadBackExactly() throws IOException {
        Path out = dir.resolve("capture");
        Volume v = clip(11);
        ClipWriter.write(out, v);
        assertTrue(Files.exists(out.resolve("frame1.png")));
        assertTrue(Files.exists(out.resolve("frame11.png")));
        Volume back = ClipReader.read(out, 16, FrameSize.NATIVE);
        assertArrayEquals(v.data(), back.data());
    }

    @Test
    void shorterClipRemovesStaleFramesOnly() throws IOException {
        Path out = dir.resolve("capture");
        ClipWriter.write(out, clip(5));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        ClipWriter.write(out, clip(2));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(3, s.count());
        }
        assertEquals(2, ClipReader.read(out, 16, FrameSize.NATIVE).frames());
        assertTrue(Files.exists(out.resolve("notes.txt")));
    }

    @Test
    void aFullDiskKeepsTheOldClipWhole() throws Exception {
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("small"), "128k")) {
            Path folder = disk.dir().resolve("clip");
            ClipWriter.write(folder, new Volume(16, 1, 1, 3, new float[16 * 3]));
            byte[] first = java.nio.file.Files.readAllBytes(folder.resolve("frame1.png"));
            java.util.Random random = new java.util.Random(1);
            float[] noise = new float[16 * 40 * 40 * 3];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = random.nextInt(256);
            }
            BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                    () -> ClipWriter.write(folder, new Volume(16, 40, 40, 3, noise)));
            assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
            assertArrayEquals(first, java.nio.file.Files.readAllBytes(folder.resolve("frame1.png")),
                    "frame 1 is still the old one");
            try (var files = java.nio.file.Files.list(folder)) {
                assertEquals(16, files.count(), "the 16 old frames and no temp file");
            }
        }
    }

    @Test
    void missingParentIsNamed() {
        Path parent = dir.resolve("no");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ClipWriter.write(parent.resolve("capture"), clip(1)));
        assertEquals(parent + ": folder does not exist", e.getMessage());
    }

    @Test
    void fileInTheWayIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("capture"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> ClipWriter.write(file, clip(1)));
        assertEquals(file + ": is a file, not a folder", e.getMessage());
    }
}
