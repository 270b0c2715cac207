package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFileTest {
    @TempDir
    Path dir;

    /** Two 3x3x3 RGB kernels with biases; a 6x10x12 clip of whole 0..255 values. */
    static SavedLesson lesson() {
        float[] w0 = new float[27 * 3];
        float[] w1 = new float[27 * 3];
        for (int i = 0; i < w0.length; i++) {
            w0[i] = (float) Math.sin(i) / 3;
            w1[i] = i % 5 - 2.125f;
        }
        KernelBank bank = KernelBank.of(new Kernel(3, 3, 3, 3, w0, 0.1f), new Kernel(3, 3, 3, 3, w1, -7.25e-3f));
        ConvSpec spec = new ConvSpec(new Axis3(1, 2, 2), Padding.of(1, 0, 2), new Axis3(1, 1, 2), true);
        return new SavedLesson(ExportFixtures.clip(6), bank, spec, new Axis3(8, 12, 12),
                new FeatureDisplay(Normalization.SYMMETRIC, Colormap.DIVERGING), 1, new Axis3(3, 4, 2));
    }

    @Test
    void roundTripKeepsEverything() throws IOException {
        SavedLesson saved = lesson();
        Path file = dir.resolve("a" + LessonFile.EXTENSION);
        LessonFile.save(file, saved);
        SavedLesson read = LessonFile.open(file);
        assertVolumeEquals(saved.clip(), read.clip());
        assertEquals(saved.bank(), read.bank());
        assertEquals(saved.spec(), read.spec());
        assertEquals(saved.lessonSize(), read.lessonSize());
        assertEquals(saved.display(), read.display());
        assertEquals(1, read.kernelIndex());
        assertEquals(saved.position(), read.position());
        assertEquals(List.of(file), ExportFixtures.list(dir));
        Map<String, byte[]> entries = entries(file);
        assertEquals(List.of("lesson.json", "clip.npy", "kernels.npy"), List.copyOf(entries.keySet()));
        assertEquals("|u1", NpyReader.read(Path.of("clip.npy"), entries.get("clip.npy")).dtype().descr());
    }

    @Test
    void fractionalGrayClipAndOneKernelRoundTripAsFloat32() throws IOException {
        float[] d = new float[4 * 5 * 6];
        for (int i = 0; i < d.length; i++) {
            d[i] = i * 1.37f % 255;
        }
        Volume clip = new Volume(4, 5, 6, 1, d);
        KernelBank bank = KernelBank.of(new Kernel(1, 2, 2, 1, new float[] {1, -1, 0.5f, 3}));
        SavedLesson saved = new SavedLesson(clip, bank, ConvSpec.VALID.withPadding(Padding.SAME), new Axis3(4, 5, 6),
                FeatureDisplay.DEFAULT, 0, new Axis3(3, 3, 4));
        Path file = dir.resolve("gray.c3dlesson");
        LessonFile.save(file, saved);
        SavedLesson read = LessonFile.open(file);
        assertVolumeEquals(clip, read.clip());
        assertEquals(bank, read.bank());
        assertEquals(Padding.SAME, read.spec().padding());
        assertEquals("<f4", NpyReader.read(Path.of("clip.npy"), entries(file).get("clip.npy")).dtype().descr());
    }

    @Test
    void savingReplacesAnOldFileAtomically() throws IOException {
        Path file = dir.resolve("a.c3dlesson");
        Files.writeString(file, "old");
        LessonFile.save(file, lesson());
        assertEquals(List.of(file), ExportFixtures.list(dir));
        assertEquals(lesson().position(), LessonFile.open(file).position());
        assertThrows(BadInputException.class, () -> LessonFile.save(dir.resolve("missing/a.c3dlesson"), lesson()));
    }

    @Test
    void aLessonThatDoesNotFitTogetherCannotBeBuilt() {
        SavedLesson ok = lesson();
        assertThrows(InvalidSpecException.class, () -> new SavedLesson(ok.clip(), ok.bank(), ok.spec(), ok.lessonSize(),
                ok.display(), 2, ok.position()));
        assertThrows(InvalidSpecException.class, () -> new SavedLesson(ok.clip(), ok.bank(), ok.spec(), ok.lessonSize(),
                ok.display(), 0, new Axis3(0, 99, 0)));
        Volume gray = new Volume(2, 4, 4, 1, new float[32]);
        assertThrows(InvalidSpecException.class, () -> new SavedLesson(gray, ok.bank(), ok.spec(), ok.lessonSize(),
                ok.display(), 0, ok.position()));
        // A geometry with no output at this size is an error the app shows, not a reason to refuse saving.
        SavedLesson empty = new SavedLesson(ok.clip(), ok.bank(), ConvSpec.VALID, new Axis3(2, 12, 12), ok.display(),
                0, new Axis3(0, 0, 0));
        assertEquals(0, empty.kernelIndex());
    }

    // ---- damaged and foreign files: one clear line naming the file --------------------------------------

    @Test
    void notAZip() throws IOException {
        Path file = dir.resolve("notes.c3dlesson");
        Files.writeString(file, "just some text");
        assertRefused(file, "is not a lesson file (not a readable ZIP archive");
        Files.write(file, new byte[0]);
        assertRefused(file, "is not a lesson file (not a readable ZIP archive");
    }

    @Test
    void missingFileOrFolder() throws IOException {
        assertRefused(dir.resolve("nothing.c3dlesson"), "no such file");
        assertRefused(dir, "is a folder");
    }

    @Test
    void truncatedZip() throws IOException {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, "not a readable ZIP archive");
    }

    @Test
    void missingManifest() throws IOException {
        Map<String, byte[]> e = entries(saved());
        e.remove("lesson.json");
        assertRefused(write(e), "is not a lesson file: it has no lesson.json");
    }

    @Test
    void missingClipOrKernels() throws IOException {
        Map<String, byte[]> e = entries(saved());
        e.remove("kernels.npy");
        assertRefused(write(e), "is damaged: it has no kernels.npy");
        e = entries(saved());
        e.remove("clip.npy");
        assertRefused(write(e), "is damaged: it has no clip.npy");
    }

    @Test
    void wrongFormatName() throws IOException {
        assertRefused(withManifest(m -> m.replace("conv3d-explorer lesson", "conv3d-explorer kernels")),
                "is not a Conv3D Explorer lesson (lesson.json's \"format\" is \"conv3d-explorer kernels\")");
        assertRefused(withManifest(m -> m.replace("\"format\"", "\"formats\"")),
                "is not a Conv3D Explorer lesson (lesson.json's \"format\" is missing)");
    }

    @Test
    void newerVersion() throws IOException {
        assertRefused(withManifest(m -> m.replace("\"version\": 1", "\"version\": 2")),
                "was saved by a newer Conv3D Explorer (lesson version 2; this one reads version 1)");
    }

    @Test
    void badJson() throws IOException {
        assertRefused(withManifest(m -> m.replace("\"kernelIndex\": 1,", "\"kernelIndex\": 1,,")),
                "lesson.json is not valid JSON: line ");
        assertRefused(withManifest(m -> m.replace("\"relu\": true", "\"relu\": \"yes\"")),
                "spec.relu must be true or false");
        assertRefused(withManifest(m -> m.replace("\"stride\": [1, 2, 2]", "\"stride\": [1, 0, 2]")),
                "spec.stride[1] must be 1..64, got 0");
        assertRefused(withManifest(m -> m.replace("\"gray\"", "\"rainbow\"").replace("\"diverging\"", "\"rainbow\"")),
                "unknown colormap 'rainbow'");
        Path file = write(Map.of("lesson.json", new byte[] {'{', (byte) 0xC3, '}'}));
        assertRefused(file, "lesson.json is not UTF-8 text");
    }

    @Test
    void inconsistentShapes() throws IOException {
        assertRefused(withManifest(m -> m.replaceAll("\"biases\": \\[[^]]*]", "\"biases\": [0.5]")),
                "lesson.json has 1 bias(es) but kernels.npy holds 2 kernel(s)");
        assertRefused(withManifest(m -> m.replace("\"t\": 3", "\"t\": 30")),
                "the walkthrough position 30x4x2 is outside the output 8x5x6");
        assertRefused(withManifest(m -> m.replace("\"kernelIndex\": 1", "\"kernelIndex\": 2")),
                "kernel 2 is selected but there are 2 kernel(s)");
        Map<String, byte[]> e = entries(saved());
        e.put("kernels.npy", npy(NpyArray.float32(new float[2 * 27], 2, 3, 3, 3, 1)));
        assertRefused(write(e), "the kernels have 1 channel(s) but the clip has 3");
        e.put("kernels.npy", npy(NpyArray.float32(new float[27 * 3], 3, 3, 3, 3)));
        assertRefused(write(e), "kernels.npy must have shape (N, kt, kh, kw, C), got (3, 3, 3, 3)");
        e = entries(saved());
        e.put("clip.npy", npy(NpyArray.float32(new float[4 * 5], 4, 5)));
        assertRefused(write(e), "clip.npy must have shape (T, H, W, 3) or (T, H, W, 1), got (4, 5)");
    }

    @Test
    void nonFiniteWeightsOrClipValues() throws IOException {
        Map<String, byte[]> e = entries(saved());
        float[] w = new float[2 * 27 * 3];
        w[40] = Float.NaN;
        e.put("kernels.npy", npy(NpyArray.float32(w, 2, 3, 3, 3, 3)));
        assertRefused(write(e), "kernels.npy: kernel weights must be finite numbers, found NaN");
        e = entries(saved());
        float[] c = new float[2 * 3 * 3 * 3];
        c[5] = Float.POSITIVE_INFINITY;
        e.put("clip.npy", npy(NpyArray.float32(c, 2, 3, 3, 3)));
        assertRefused(write(e), "clip values must lie in 0..255, found Infinity");
        assertRefused(withManifest(m -> m.replaceAll("\"biases\": \\[[^,]*,", "\"biases\": [1e99,")),
                "biases[0] = 1e99 is too large for a float32");
    }

    @Test
    void absurdSizesAreRefusedBeforeAllocating() throws IOException {
        assertRefused(withManifest(m -> m.replace("\"frames\": 8", "\"frames\": 100000000")),
                "lessonSize.frames must be 1..256, got 100000000");
        Map<String, byte[]> e = entries(saved());
        byte[] header = NpyWriter.header(new int[] {1_000_000, 1_000_000, 1000, 3});
        e.put("clip.npy", header);
        assertRefused(write(e), "clip.npy: ");
    }

    @Test
    void zipBombIsCappedWhileUnpacking() throws IOException {
        // 2 MB of spaces deflate to a few kilobytes; the manifest may unpack to 1 MB at most.
        byte[] bomb = new byte[2 << 20];
        java.util.Arrays.fill(bomb, (byte) ' ');
        Map<String, byte[]> e = entries(saved());
        e.put("lesson.json", bomb);
        Path file = write(e);
        assertTrue(Files.size(file) < 100_000, "compressed: " + Files.size(file));
        assertRefused(file, "lesson.json unpacks to more than 1 MB");
    }

    @Test
    void flippedBitFailsTheChecksum() throws IOException {
        Map<String, byte[]> e = entries(saved());
        Path file = dir.resolve("stored.c3dlesson");
        writeStored(file, e);
        assertEquals(lesson().position(), LessonFile.open(file).position());
        byte[] bytes = Files.readAllBytes(file);
        byte[] clip = e.get("clip.npy");
        int at = indexOf(bytes, java.util.Arrays.copyOfRange(clip, 128, 160)) + 10;
        bytes[at] ^= 0x10;
        Files.write(file, bytes);
        assertRefused(file, "is damaged: clip.npy does not match its checksum");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Path saved() throws IOException {
        Path file = dir.resolve("good.c3dlesson");
        LessonFile.save(file, lesson());
        return file;
    }

    private Path withManifest(java.util.function.UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> e = entries(saved());
        String before = new String(e.get("lesson.json"), StandardCharsets.UTF_8);
        String after = edit.apply(before);
        assertFalse(before.equals(after), "the edit must change the manifest");
        e.put("lesson.json", after.getBytes(StandardCharsets.UTF_8));
        return write(e);
    }

    private static void assertRefused(Path file, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> LessonFile.open(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ": "), m);
        assertTrue(m.contains(expected), m);
        assertFalse(m.contains("\n"), m);
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }

    private Path write(Map<String, byte[]> entries) throws IOException {
        return zip(dir.resolve("edited.c3dlesson"), entries);
    }

    /** {@code entries} as a ZIP file at {@code file}, in their order. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void writeStored(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setMethod(ZipEntry.STORED);
                z.setSize(e.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                z.setCrc(crc.getValue());
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    private static byte[] npy(NpyArray array) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.write(out, array);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static void assertVolumeEquals(Volume a, Volume b) {
        assertEquals(a.toString(), b.toString());
        assertArrayEquals(a.data(), b.data());
    }
}
