package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.ChildJvm;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.io.KernelFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that declare or hold far more pixels than the lesson needs, read by the command line in a JVM
 * of 1 GB: each works or exits 2 with one line, never an OutOfMemoryError or a negative array size.
 */
class MemoryBudgetTest {
    @TempDir
    Path dir;

    @Test
    void aTinyGifDeclaringAHugeCanvasExitsTwo() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) 20000).putShort((short) 20000)
                .put((byte) 0x80).put((byte) 0).put((byte) 0) // a 2-colour global palette
                .put(new byte[] {0, 0, 0, -1, -1, -1})
                .put((byte) 0x2C).putShort((short) 0).putShort((short) 0).putShort((short) 20000)
                .putShort((short) 20000).put((byte) 0)
                .put((byte) 2).put((byte) 2).put((byte) 0x4C).put((byte) 0x01).put((byte) 0).put((byte) 0x3B);
        Path gif = dir.resolve("bomb.gif");
        Files.write(gif, java.util.Arrays.copyOf(b.array(), b.position()));
        assertTrue(Files.size(gif) < 50);
        assertOneLineExitTwo(render(gif, "256x256"), "bomb.gif", "20000x20000");
    }

    @Test
    void sixteenTwelveMegapixelPhotosWork() throws Exception {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(Color.BLUE);
        g.fillOval(1000, 500, 2000, 2000);
        g.dispose();
        Path folder = Files.createDirectory(dir.resolve("photos"));
        ImageIO.write(photo, "jpg", folder.resolve("frame1.jpg").toFile());
        for (int i = 2; i <= 16; i++) {
            Files.copy(folder.resolve("frame1.jpg"), folder.resolve("frame" + i + ".jpg"));
        }
        ChildJvm.Result r = render(folder, "256x256");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("16 x 256 x 256 x 3"), r.out());
        assertOneLineExitTwo(render(folder, "native"), "photos", "too large");
    }

    @Test
    void aHugePngIsRefusedFromItsHeader() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(30000).putInt(30000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IEND", new byte[0]);
        Path file = dir.resolve("huge.png");
        Files.write(file, png.toByteArray());
        assertOneLineExitTwo(render(file, "256x256"), "huge.png", "30000x30000");
    }

    @Test
    void aHalfGigabyteNpyClipWorks() throws Exception {
        int h = 3344;
        int w = 3344;
        String dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (16, " + h + ", " + w + ", 3), }";
        int total = (10 + dict.length() + 1 + 63) / 64 * 64;
        String header = dict + " ".repeat(total - 10 - dict.length() - 1) + "\n";
        Path npy = dir.resolve("big.npy");
        try (RandomAccessFile f = new RandomAccessFile(npy.toFile(), "rw")) {
            ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                    .putShort((short) header.length()).put(header.getBytes(StandardCharsets.ISO_8859_1));
            f.write(b.array());
            f.setLength(total + 16L * h * w * 3); // sparse: zeros that take no disk
        }
        assertTrue(Files.size(npy) > 535_000_000L);
        ChildJvm.Result r = render(npy, "256x256");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("16 x 256 x 256 x 3"), r.out());
    }

    @Test
    void anOutputTooLargeForAnArrayExitsTwoQuicklyStatingItsSize() throws Exception {
        List<Kernel> kernels = new ArrayList<>();
        for (int n = 0; n < 256; n++) {
            kernels.add(new Kernel(1, 1, 1, 3, new float[] {1, 0, 0}));
        }
        Path bank = dir.resolve("bank.npy");
        KernelFiles.write(bank, new KernelBank(kernels));
        ChildJvm child = new ChildJvm(dir, List.of("-Xmx1g"), Launcher.class, "render", "--input", "sample",
                "--kernel", bank.toString(), "--size", "1024x1024", "--out-npy", dir.resolve("f.npy").toString());
        ChildJvm.Result r = child.run(120);
        assertOneLineExitTwo(r, "4294967296 values", "16.0 GiB");
        assertTrue(r.millis() < 30_000, r.toString());
        assertTrue(Files.notExists(dir.resolve("f.npy")));
    }

    private ChildJvm.Result render(Path input, String size) throws IOException, InterruptedException {
        ChildJvm child = new ChildJvm(dir, List.of("-Xmx1g"), Launcher.class, "render", "--input", input.toString(),
                "--kernel", "temporal-difference", "--size", size, "--out-npy", dir.resolve("f.npy").toString());
        return child.run(180);
    }

    private static void assertOneLineExitTwo(ChildJvm.Result r, String named, String problem) {
        assertEquals(2, r.exitCode(), r.toString());
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(named) && lines.get(0).contains(problem),
                lines.get(0));
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
