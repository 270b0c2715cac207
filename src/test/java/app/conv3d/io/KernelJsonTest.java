package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KernelJsonTest {
    @TempDir
    Path dir;

    /** A valid 1x1x2x2x1 file the bad-file cases below break one thing at a time. */
    private static final String SMALL = """
            {"format": "conv3d-explorer kernels", "version": 1,
             "shape": {"kernels": 1, "frames": 1, "height": 2, "width": 2, "channels": 1},
             "kernels": [{"bias": 0.5, "weights": [[[[1], [2]], [[3], [-4.5e-1]]]]}]}
            """;

    @Test
    void theSmallFileReadsAsWritten() throws IOException {
        KernelBank bank = KernelJson.read(file(SMALL));
        assertEquals(KernelBank.of(new Kernel(1, 2, 2, 1, new float[] {1, 2, 3, -0.45f}, 0.5f)), bank);
    }

    @Test
    void aBankOfPresetsRoundTripsExactly() throws IOException {
        Axis3 size = new Axis3(3, 4, 5);
        List<Kernel> kernels = new ArrayList<>();
        for (KernelPreset preset : KernelPreset.values()) {
            kernels.add(preset.build(size, 3).withBias(kernels.size() - 2.75f));
        }
        KernelBank bank = new KernelBank(kernels);
        Path target = dir.resolve("bank.json");
        KernelJson.write(target, bank);
        assertEquals(bank, KernelJson.read(target, 3));
    }

    @Test
    void aNoteForPeopleIsWrittenEscapedAndReadPast() throws IOException {
        KernelBank bank = KernelBank.of(KernelPreset.BLUR.build(Axis3.all(3), 3));
        Path target = dir.resolve("noted.json");
        String note = "Blur: says \"soft\" \\ smears\n";
        KernelJson.write(target, bank, note);
        assertTrue(Files.readString(target).contains("\"about\": \"Blur: says \\\"soft\\\" \\\\ smears\\u000a\","));
        assertEquals(bank, KernelJson.read(target, 3));
    }

    @Test
    void awkwardFloatsRoundTripBitForBit() throws IOException {
        float[] w = {-0.0f, Float.MIN_VALUE, -Float.MAX_VALUE, 1f / 3, 1e-5f, 123456.79f, 1e20f, 0.1f};
        Kernel k = new Kernel(2, 2, 1, 2, w, -1e-30f);
        Path target = dir.resolve("odd.json");
        KernelJson.write(target, k);
        Kernel back = KernelJson.read(target).get(0);
        assertEquals(k, back, "Kernel.equals compares float bits, so -0.0 must stay -0.0");
    }

    @Test
    void theFileIsLaidOutOneRowPerLine() throws IOException {
        Path target = dir.resolve("blur.json");
        KernelJson.write(target, KernelPreset.BLUR.build(new Axis3(2, 3, 4), 3));
        List<String> lines = Files.readAllLines(target);
        assertTrue(lines.contains("  \"layout\": \"weights[frame][row][column][channel]\","), String.join("\n", lines));
        long rowLines = lines.stream().filter(l -> l.startsWith("          [[")).count();
        assertEquals(2 * 3, rowLines);
        assertTrue(lines.contains("  \"shape\": {\"kernels\": 1, \"frames\": 2, \"height\": 3, \"width\": 4,"
                + " \"channels\": 3},"));
    }

    @Test
    void writingReplacesAnOldFileAndLeavesNoTempFiles() throws IOException {
        Path target = dir.resolve("k.json");
        Files.writeString(target, "old");
        KernelJson.write(target, KernelPreset.IDENTITY.build(Axis3.all(3), 1));
        assertEquals(KernelPreset.IDENTITY.build(Axis3.all(3), 1), KernelJson.read(target).get(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void writingIntoAMissingFolderFailsClearly() {
        Path target = dir.resolve("nope").resolve("k.json");
        BadInputException e = assertThrows(BadInputException.class,
                () -> KernelJson.write(target, KernelPreset.BLUR.build(Axis3.all(3), 1)));
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
    }

    @Test
    void theClipsChannelCountIsEnforcedWhenGiven() throws IOException {
        Path gray = file(SMALL);
        assertEquals(1, KernelJson.read(gray, 1).channels());
        assertBad(() -> KernelJson.read(gray, 3), gray, "the kernels have 1 channel but the clip has 3");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // not JSON, or not a kernel file
                bad("hello", "is not valid JSON: line 1, column 1: expected a value but found 'h'"),
                bad("", "is not valid JSON: the file is empty"),
                bad("{\"shape\": ", "is not valid JSON: line 1, column 11: expected a value but found the end of the file"),
                bad(SMALL.replace("}]}", "}],}"), "is not valid JSON: line 3, column 74: expected a \"key\" in quotes but found '}'"),
                bad("[[[[1]]]]", "is not a kernel file: expected a JSON object with \"shape\" and \"kernels\", found an array"),
                bad("\"kernel\"", "is not a kernel file"),
                // the top level
                bad("{\"kernels\": []}", "the top level has no \"shape\""),
                bad(SMALL.replace(",\n \"kernels\": [{\"bias\": 0.5, \"weights\": [[[[1], [2]], [[3], [-4.5e-1]]]]}]", ""),
                        "the top level has no \"kernels\""),
                bad(SMALL.replace("\"version\": 1", "\"version\": 1, \"name\": \"x\""),
                        "the top level has an unknown key \"name\" (allowed: about, format, kernels, layout, shape, version)"),
                bad(SMALL.replace("\"version\": 1", "\"version\": 1, \"about\": 3"),
                        "\"about\" must be a string (a note for people), found the number 3"),
                bad(SMALL.replace("\"version\": 1", "\"version\": 2"), "\"version\" is the number 2: this app reads version 1"),
                bad(SMALL.replace("conv3d-explorer kernels", "pytorch"), "\"format\" is \"pytorch\""),
                bad(SMALL.replace("\"version\": 1", "\"version\": 1, \"layout\": \"weights[c][t][y][x]\""),
                        "\"layout\" is \"weights[c][t][y][x]\""),
                // the shape
                bad(SMALL.replace("\"frames\": 1", "\"frames\": 0"), "shape.frames must be 1..31, got 0"),
                bad(SMALL.replace("\"height\": 2", "\"height\": 32"), "shape.height must be 1..31, got 32"),
                bad(SMALL.replace("\"kernels\": 1,", "\"kernels\": 257,"), "shape.kernels must be 1..256, got 257"),
                bad(SMALL.replace("\"channels\": 1", "\"channels\": 0"), "shape.channels must be 1..1024, got 0"),
                bad(SMALL.replace("\"width\": 2", "\"width\": 2.5"), "shape.width must be a whole number 1..31, found the number 2.5"),
                bad(SMALL.replace("\"width\": 2", "\"width\": \"2\""), "shape.width must be a whole number 1..31, found \"2\""),
                bad(SMALL.replace("{\"kernels\": 1, \"frames\": 1, \"height\": 2, \"width\": 2, \"channels\": 1}", "[1, 1, 2, 2, 1]"),
                        "\"shape\" must be an object like"),
                bad(SMALL.replace(", \"channels\": 1}", "}"), "\"shape\" has no \"channels\""),
                // the weights against the shape
                bad(SMALL.replace("\"kernels\": [{", "\"kernels\": [{\"weights\": [[[[1], [2]], [[3], [4]]]]}, {"),
                        "\"shape\" says 1 kernel but \"kernels\" holds 2"),
                bad(SMALL.replace("[[[[1], [2]], [[3], [-4.5e-1]]]]", "[[[[1], [2]], [[3], [4]]], [[[1], [2]], [[3], [4]]]]"),
                        "kernels[0].weights has 2 frames but shape.frames is 1"),
                bad(SMALL.replace("[[[[1], [2]], [[3], [-4.5e-1]]]]", "[[[[1], [2]]]]"),
                        "kernels[0].weights[0] has 1 row but shape.height is 2"),
                bad(SMALL.replace("[[3], [-4.5e-1]]", "[[3], [-4.5e-1], [5]]"),
                        "kernels[0].weights[0][1] has 3 columns but shape.width is 2"),
                bad(SMALL.replace("[-4.5e-1]", "[-4.5e-1, 7]"),
                        "kernels[0].weights[0][1][1] has 2 channel values but shape.channels is 1"),
                bad(SMALL.replace("[2]", "2"),
                        "kernels[0].weights[0][0][1] must be an array of 1 channel value, found the number 2"),
                bad(SMALL.replace("[2]", "[\"2\"]"), "kernels[0].weights[0][0][1][0] must be a number, found a string"),
                bad(SMALL.replace("[2]", "[true]"), "kernels[0].weights[0][0][1][0] must be a number, found true"),
                bad(SMALL.replace("\"bias\": 0.5", "\"bias\": 0.5, \"scale\": 2"),
                        "kernels[0] has an unknown key \"scale\" (allowed: bias, weights)"),
                bad(SMALL.replace(", \"weights\": [[[[1], [2]], [[3], [-4.5e-1]]]]", ""), "kernels[0] has no \"weights\""),
                bad(SMALL.replace("[{\"bias\"", "[[\"bias\"").replace("]]]]}]", "]]]]]]"), "is not valid JSON"),
                // numbers
                bad(SMALL.replace("[2]", "[NaN]"), "is not valid JSON: line 3, column 48: NaN and Infinity are not JSON numbers"),
                bad(SMALL.replace("[-4.5e-1]", "[-Infinity]"), "NaN and Infinity are not JSON numbers"),
                bad(SMALL.replace("[2]", "[Infinity]"), "NaN and Infinity are not JSON numbers"),
                bad(SMALL.replace("[2]", "[1e39]"), "kernels[0].weights[0][0][1][0] = 1e39 is too large for a float32 weight"),
                bad(SMALL.replace("\"bias\": 0.5", "\"bias\": -1e40"), "kernels[0].bias = -1e40 is too large"),
                bad(SMALL.replace("\"bias\": 0.5", "\"bias\": null"), "kernels[0].bias must be a number, found null"));
    }

    private static Arguments bad(String text, String expected) {
        return Arguments.of(text, expected);
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFilesAreRefusedWithOneLineNamingTheFile(String text, String expected) throws IOException {
        assertTrue(!text.equals(SMALL), "the case changes the small file");
        Path bad = file(text);
        assertBad(() -> KernelJson.read(bad), bad, expected);
    }

    @Test
    void moreThan256KernelsAreRefusedEvenWhenTheyAreAllThere() throws IOException {
        StringBuilder sb = new StringBuilder("{\"shape\": {\"kernels\": 300, \"frames\": 1, \"height\": 1,"
                + " \"width\": 1, \"channels\": 1}, \"kernels\": [");
        for (int n = 0; n < 300; n++) {
            sb.append(n == 0 ? "" : ", ").append("{\"weights\": [[[[1]]]]}");
        }
        Path bad = file(sb.append("]}").toString());
        assertBad(() -> KernelJson.read(bad), bad, "shape.kernels must be 1..256, got 300");
    }

    @Test
    void aShapeBiggerThanTheFileIsRefusedBeforeAllocating() throws IOException {
        Path bad = file("{\"shape\": {\"kernels\": 256, \"frames\": 31, \"height\": 31, \"width\": 31,"
                + " \"channels\": 1024}, \"kernels\": []}");
        assertBad(() -> KernelJson.read(bad), bad, "more than the file can hold");
    }

    @Test
    void notUtf8MissingFoldersAndHugeFilesAreRefused() throws IOException {
        Path binary = dir.resolve("kernel.json");
        Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        assertBad(() -> KernelJson.read(binary), binary, "not UTF-8 text");

        Path missing = dir.resolve("missing.json");
        assertBad(() -> KernelJson.read(missing), missing, "no such file");

        assertBad(() -> KernelJson.read(dir), dir, "is a folder, not a kernel file");

        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(KernelJson.MAX_FILE_BYTES + 1);
        }
        assertBad(() -> KernelJson.read(huge), huge, "too large for a kernel file");
    }

    @Test
    void aByteOrderMarkIsTolerated() throws IOException {
        Path bom = dir.resolve("bom.json");
        Files.write(bom, ("\uFEFF" + SMALL).getBytes(StandardCharsets.UTF_8));
        assertEquals(4, KernelJson.read(bom).get(0).taps());
    }

    private Path file(String text) throws IOException {
        Path p = Files.createTempFile(dir, "kernel", ".json");
        Files.writeString(p, text);
        return p;
    }

    private interface Read {
        void run() throws IOException;
    }

    private static void assertBad(Read read, Path file, String expected) {
        BadInputException e = assertThrows(BadInputException.class, read::run);
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), "names the file: " + m);
        assertTrue(m.contains(expected), "expected '" + expected + "' in: " + m);
        assertFalse(m.contains("\n"), "one line: " + m);
    }
}
