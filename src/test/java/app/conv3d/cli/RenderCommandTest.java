package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.ClipReader;
import app.conv3d.io.ClipWriter;
import app.conv3d.io.FrameSize;
import app.conv3d.io.KernelFiles;
import app.conv3d.io.NpyArray;
import app.conv3d.io.NpyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderCommandTest {
    @TempDir
    Path dir;
    Path clip;
    Path kernel;
    Path out;

    @BeforeEach
    void writeInputs() throws IOException {
        Random random = new Random(7);
        float[] voxels = new float[10 * 24 * 32 * 3];
        for (int i = 0; i < voxels.length; i++) {
            voxels[i] = random.nextInt(256);
        }
        clip = dir.resolve("clip");
        ClipWriter.write(clip, new Volume(10, 24, 32, 3, voxels));
        float[] weights = new float[3 * 3 * 3 * 3];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        kernel = dir.resolve("k.npy");
        KernelFiles.write(kernel, KernelBank.of(new Kernel(3, 3, 3, 3, weights)));
        out = Files.createDirectory(dir.resolve("out"));
    }

    @Test
    void writesTheEnginesFeaturesAsNpyAndGif() throws IOException {
        Path npy = out.resolve("f.npy");
        Path gif = out.resolve("f.gif");
        CliRun run = CliRun.of("render", "--input", clip.toString(), "--kernel", kernel.toString(),
                "--size", "native", "--frames", "8", "--stride", "1,2,2", "--padding", "1,1,1", "--bias", "0.5",
                "--relu", "--out-npy", npy.toString(), "--gif", gif.toString(), "--delay-ms", "250");
        assertEquals(0, run.exitCode(), run.err());

        Volume volume = ClipReader.read(clip, 8, FrameSize.NATIVE);
        KernelBank bank = KernelSource.withBias(KernelFiles.read(kernel), 0.5f);
        FeatureVolume expected = Conv3d.apply(volume, bank,
                ConvSpec.VALID.withStride(app.conv3d.core.Axis3.of(1, 2, 2))
                        .withPadding(app.conv3d.core.Padding.of(1, 1, 1)).withRelu(true));
        NpyArray written = NpyReader.read(npy);
        assertArrayEquals(new int[] {8, 12, 16}, written.shape());
        assertArrayEquals(expected.data(), written.data(), 1e-4f);

        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(8, reader.getNumImages(true));
            assertEquals(16, reader.getWidth(0));
            assertEquals(12, reader.getHeight(0));
            String meta = metadataText(reader);
            assertTrue(meta.contains("delayTime=\"25\""), meta);
            assertTrue(meta.contains("applicationID=\"NETSCAPE\" authenticationCode=\"2.0\""), meta);
        }
        assertEquals(List.of("f.gif", "f.npy"), names(out));
    }

    @Test
    void presetNamesWork() {
        CliRun run = CliRun.of("render", "--input", clip.toString(), "--kernel", "temporal-difference",
                "--size", "16x16", "--out-npy", out.resolve("t.npy").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("output  1 x 6 x 12 x 12"), run.out());
    }

    @Test
    void theBuiltInSampleClipNeedsNoFiles() {
        CliRun run = CliRun.of("info", "--input", "sample", "--kernel", "blur", "--size", "64x64", "--frames", "8");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("input   8 x 64 x 64 x 3"), run.out());
    }

    @Test
    void jsonKernelsWork() throws IOException {
        Path json = dir.resolve("k.json");
        app.conv3d.io.KernelJson.write(json, KernelFiles.read(kernel));
        CliRun run = CliRun.of("render", "--input", clip.toString(), "--kernel", json.toString(),
                "--size", "native", "--out-npy", out.resolve("j.npy").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static Stream<List<String>> badInputs() {
        return Stream.of(
                List.of("--input", "{dir}/missing", "--kernel", "{kernel}"),
                List.of("--input", "{dir}/notes.png", "--kernel", "{kernel}"),
                List.of("--input", "{clip}", "--kernel", "{dir}/missing.npy"),
                List.of("--input", "{clip}", "--kernel", "{dir}/truncated.npy"),
                List.of("--input", "{clip}", "--kernel", "{dir}/gray.npy"),
                List.of("--input", "{clip}", "--kernel", "{dir}/broken.json"),
                List.of("--input", "{clip}", "--kernel", "no-such-preset"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--frames", "2"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--stride", "0,1,1"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--stride", "a,b"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--padding", "lots"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--dilation", "9,1,1"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--size", "big"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--frames", "0"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--norm", "loud"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--delay-ms", "-5"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--bias", "NaN"),
                List.of("--input", "{clip}", "--kernel", "{kernel}", "--unknown-option"),
                List.of("--kernel", "{kernel}"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsTwoWithOneLineAndWritesNothing(List<String> args) throws IOException {
        Files.writeString(dir.resolve("notes.png"), "not really a picture");
        Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        Files.write(dir.resolve("truncated.npy"), java.util.Arrays.copyOf(Files.readAllBytes(kernel), 100));
        KernelFiles.write(dir.resolve("gray.npy"), KernelBank.of(new Kernel(3, 3, 3, 1, new float[27])));
        String[] full = Stream.concat(args.stream().map(this::expand),
                Stream.of("--out-npy", out.resolve("f.npy").toString(), "--gif", out.resolve("f.gif").toString()))
                .toArray(String[]::new);

        CliRun run = CliRun.of(Stream.concat(Stream.of("render"), Stream.of(full)).toArray(String[]::new));

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertEquals(List.of(), names(out));
    }

    @Test
    void missingOutputFolderIsAUserError() {
        CliRun run = CliRun.of("render", "--input", clip.toString(), "--kernel", kernel.toString(),
                "--gif", dir.resolve("nowhere/f.gif").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nowhere"), run.err());
    }

    @Test
    void nothingToWriteIsAUserError() {
        CliRun run = CliRun.of("render", "--input", clip.toString(), "--kernel", kernel.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nothing to write"), run.err());
    }

    @Test
    void infoPrintsShapesAndCostWithoutWriting() {
        CliRun run = CliRun.of("info", "--input", clip.toString(), "--kernel", kernel.toString(), "--size", "native");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("output  1 x 8 x 22 x 30"), run.out());
        assertTrue(run.out().contains("multiply-adds " + String.format("%,d", 8L * 22 * 30 * 81)), run.out());
    }

    @Test
    void infoListsThePresets() {
        CliRun run = CliRun.of("info", "--kernels");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("temporal-difference"), run.out());
    }

    private String expand(String arg) {
        return arg.replace("{dir}", dir.toString()).replace("{clip}", clip.toString()).replace("{kernel}", kernel.toString());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String metadataText(ImageReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
        append(root, text);
        return text.toString();
    }

    private static void append(org.w3c.dom.Node node, StringBuilder text) {
        text.append('<').append(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                org.w3c.dom.Node a = node.getAttributes().item(i);
                text.append(' ').append(a.getNodeName()).append("=\"").append(a.getNodeValue()).append('"');
            }
        }
        text.append('>');
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            append(c, text);
        }
    }
}
