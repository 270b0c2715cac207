package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.ClipWriter;
import app.conv3d.io.KernelFiles;
import app.conv3d.io.NpyArray;
import app.conv3d.io.NpyWriter;
import app.conv3d.io.TinyMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's contract for outputs: a failed command exits 2 with one line and changes no file. */
class OutputFaultsTest {
    @TempDir
    Path dir;
    Path clip;
    Path kernel;

    @BeforeEach
    void inputs() throws IOException {
        Random random = new Random(3);
        float[] voxels = new float[16 * 96 * 96 * 3];
        for (int i = 0; i < voxels.length; i++) {
            voxels[i] = random.nextInt(256);
        }
        clip = dir.resolve("clip.npy");
        NpyWriter.write(clip, NpyArray.float32(voxels, 16, 96, 96, 3));
        kernel = dir.resolve("k.npy");
        float[] w = new float[27];
        Arrays.fill(w, 1f);
        w[13] = -20f; // a sharpening kernel: noisy features that do not compress away
        KernelFiles.write(kernel, KernelBank.of(new Kernel(1, 3, 3, 3, w)));
    }

    @Test
    void anOutputThatIsTheInputExitsTwoAndLeavesItAlone() throws IOException {
        byte[] before = Files.readAllBytes(clip);
        assertRefused(render("--out-npy", clip.toString()), "clip.npy", "is also an input");
        assertArrayEquals(before, Files.readAllBytes(clip));

        Path link = Files.createSymbolicLink(dir.resolve("alias.npy"), clip);
        assertRefused(render("--out-npy", link.toString()), "alias.npy", "is also an input");
        Files.createDirectory(dir.resolve("sub"));
        assertRefused(render("--out-npy", dir.resolve("sub/../clip.npy").toString()), "clip.npy", "is also an input");
        assertArrayEquals(before, Files.readAllBytes(clip));

        byte[] kernelBefore = Files.readAllBytes(kernel);
        assertRefused(render("--gif", kernel.toString()), "k.npy", "is also an input");
        assertArrayEquals(kernelBefore, Files.readAllBytes(kernel));
    }

    @Test
    void aGifInputIsNotOverwrittenEither() throws IOException {
        Path gif = dir.resolve("clip.gif");
        assertEquals(0, render("--gif", gif.toString()).exitCode());
        byte[] before = Files.readAllBytes(gif);
        CliRun run = CliRun.of("render", "--input", gif.toString(), "--kernel", "temporal-difference", "--gif",
                gif.toString());
        assertRefused(run, "clip.gif", "is also an input");
        assertArrayEquals(before, Files.readAllBytes(gif));
    }

    @Test
    void aDeviceIsRefusedBeforeAnyWork() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        CliRun run = render("--out-npy", "/dev/null");
        assertRefused(run, "/dev/null", "is a device");
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }

    @Test
    void oneFileForTwoOutputsExitsTwoWritingNothing() throws IOException {
        Path x = dir.resolve("x");
        assertRefused(render("--out-npy", x.toString(), "--gif", x.toString()), "x", "two outputs");
        assertFalse(Files.exists(x));
    }

    @Test
    void aFullDiskAtTheSecondOutputLeavesTheFirstUnchanged() throws Exception {
        Path npy = Files.writeString(dir.resolve("f.npy"), "old features");
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("full"), "16k")) {
            Path gif = disk.dir().resolve("f.gif");
            CliRun run = render("--out-npy", npy.toString(), "--gif", gif.toString());
            assertRefused(run, gif.toString(), "No space left on device");
            assertEquals("old features", Files.readString(npy), "the first output was not replaced");
            assertEquals(List.of(npy.getFileName().toString()), names(dir, "f."), "no temp file beside it");
            assertEquals(List.of(), names(disk.dir(), ""));
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedBeforeAnyWork() throws Exception {
        Path npy = Files.writeString(dir.resolve("f.npy"), "old features");
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("ro"), "64k")) {
            disk.readOnly();
            CliRun run = render("--out-npy", npy.toString(), "--gif", disk.dir().resolve("f.gif").toString());
            assertRefused(run, "f.gif", "cannot write into its folder");
            assertEquals("old features", Files.readString(npy));
            assertFalse(run.out().contains("output"), "refused before computing: " + run.out());
        }
    }

    @Test
    void snapshotIntoAReadOnlyFolderNamesItsOutputInOneLine() throws Exception {
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("ro"), "64k")) {
            disk.readOnly();
            Path png = disk.dir().resolve("window.png");
            CliRun run = CliRun.of("snapshot", "--out", png.toString());
            assertRefused(run, png.toString(), "cannot write into its folder");
            assertFalse(run.err().contains(".tmp"), run.err());
        }
    }

    @Test
    void weightsThatOverflowExitTwoNamingTheKernelAndWriteNothing() throws IOException {
        float[] w = new float[27];
        Arrays.fill(w, 3.0e38f);
        Path huge = dir.resolve("huge.npy");
        KernelFiles.write(huge, KernelBank.of(new Kernel(1, 3, 3, 3, w)));
        Path npy = dir.resolve("f.npy");
        CliRun run = CliRun.of("render", "--input", clip.toString(), "--kernel", huge.toString(), "--size", "32x32",
                "--out-npy", npy.toString());
        assertRefused(run, "huge.npy", "kernel 0");
        assertTrue(run.err().contains("3.0E38"), run.err());
        assertFalse(Files.exists(npy));
    }

    @Test
    void captureChecksItsFolderBeforeRecording() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun run = CliRun.of("capture", "--out", file.toString(), "--camera", "test-pattern", "--frames", "4",
                "--interval-ms", "10", "--countdown", "0");
        assertRefused(run, "not-a-folder", "is a file, not a folder");
        assertEquals("", run.out(), "no camera was opened, nothing recorded");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void captureIntoAReadOnlyFolderIsRefusedBeforeRecording() throws Exception {
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("ro"), "64k")) {
            disk.readOnly();
            CliRun run = CliRun.of("capture", "--out", disk.dir().resolve("clip").toString(), "--camera",
                    "test-pattern", "--frames", "4", "--interval-ms", "10", "--countdown", "0");
            assertRefused(run, "clip", "cannot write into its folder");
            assertEquals("", run.out(), "no camera was opened, nothing recorded");
        }
    }

    @Test
    void captureOntoAFullDiskKeepsTheOldClipWhole() throws Exception {
        try (TinyMount disk = TinyMount.tmpfs(dir.resolve("small"), "160k")) {
            Path folder = disk.dir().resolve("clip");
            ClipWriter.write(folder, new Volume(16, 1, 1, 3, new float[16 * 3]));
            List<byte[]> before = frames(folder);
            CliRun run = CliRun.of("capture", "--out", folder.toString(), "--camera", "test-pattern", "--frames",
                    "16", "--interval-ms", "10", "--countdown", "0");
            assertEquals(2, run.exitCode(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains("No space left on device"), run.err());
            List<byte[]> after = frames(folder);
            for (int i = 0; i < 16; i++) {
                assertArrayEquals(before.get(i), after.get(i), "frame" + (i + 1) + ".png is the old one");
            }
            assertEquals(16, names(folder, "").size(), "no temp files in the clip folder");
        }
    }

    @Test
    void benchRefusesImpossibleKernels() {
        assertRefused(CliRun.of("bench", "--kernels", "-1"), "--kernels", "1..256");
        assertRefused(CliRun.of("bench", "--kernel-size", "2000"), "--kernel-size", "1..16");
        assertRefused(CliRun.of("bench", "--kernels", "0"), "--kernels", "got 0");
    }

    private CliRun render(String... outputs) {
        List<String> args = new java.util.ArrayList<>(List.of("render", "--input", clip.toString(), "--kernel",
                kernel.toString(), "--size", "native"));
        args.addAll(List.of(outputs));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertRefused(CliRun run, String named, String problem) {
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertTrue(lines.get(0).contains(named), lines.get(0));
        assertTrue(lines.get(0).contains(problem), lines.get(0));
    }

    private static List<byte[]> frames(Path folder) throws IOException {
        List<byte[]> out = new java.util.ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            out.add(Files.readAllBytes(folder.resolve("frame" + i + ".png")));
        }
        return out;
    }

    private static List<String> names(Path folder, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)
                    || n.startsWith("." + prefix) && !prefix.isEmpty()).sorted().toList();
        }
    }
}
