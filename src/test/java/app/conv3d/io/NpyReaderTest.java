package app.conv3d.io;

import static app.conv3d.io.NpyTestFiles.base64;
import static app.conv3d.io.NpyTestFiles.dict;
import static app.conv3d.io.NpyTestFiles.doubles;
import static app.conv3d.io.NpyTestFiles.floats;
import static app.conv3d.io.NpyTestFiles.npy;
import static app.conv3d.io.NpyTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyReaderTest {
    // Files written by NumPy 2.4 (np.save / np.lib.format.write_array), embedded as base64.
    static final String NUMPY_U8_2X3 = "k05VTVBZAQB2AHsnZGVzY3InOiAnfHUxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAf+ABwk=";
    static final String NUMPY_I8_2X2 = "k05VTVBZAQB2AHsnZGVzY3InOiAnfGkxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAqA/wB/";
    static final String NUMPY_F4_FORTRAN_2X3 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMyksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAACQQAAAwD8AAMBAAABAQAAA8EA=";
    static final String NUMPY_F8_FORTRAN_2X3X2 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMywgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAAWwAAAAAAAAOA/AAAAAAAADMAAAAAAAAAEQAAAAAAAAPi/AAAAAAAAEkAAAAAAAAASwAAAAAAAAPg/AAAAAAAABMAAAAAAAAAMQAAAAAAAAOC/AAAAAAAAFkA=";
    static final String NUMPY_F8_BIG_3 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPmY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDMsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo/0AAAAAAAAMCPQAAAAAAAQBwAAAAAAAA=";
    static final String NUMPY_V2_F4_2X2 = "k05VTVBZAgB0AAAAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAIA/AAAAQAAAQEAAAIBA";
    static final String NUMPY_V3_F4_2X2 = "k05VTVBZAwB0AAAAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAIA/AAAAQAAAQEAAAIBA";
    /** The header of np.save(np.array([1, 'a'], dtype=object), allow_pickle=True); pickle bytes cut off. */
    static final String NUMPY_OBJECT_HEADER = "k05VTVBZAQB2AHsnZGVzY3InOiAnfE8nLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAo=";

    @TempDir
    Path dir;

    private NpyArray readBase64(String b64) throws IOException {
        return NpyReader.read(write(dir, "a.npy", base64(b64)));
    }

    @Test
    void readsNumpyUint8() throws IOException {
        NpyArray a = readBase64(NUMPY_U8_2X3);
        assertEquals(NpyDtype.UINT8, a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new float[] {0, 1, 255, 128, 7, 9}, a.data());
    }

    @Test
    void readsNumpyInt8() throws IOException {
        NpyArray a = readBase64(NUMPY_I8_2X2);
        assertEquals(NpyDtype.INT8, a.dtype());
        assertArrayEquals(new float[] {-128, -1, 0, 127}, a.data());
    }

    @Test
    void readsNumpyFloat32FortranOrderAsCOrder() throws IOException {
        NpyArray a = readBase64(NUMPY_F4_FORTRAN_2X3);
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new float[] {0, 1.5f, 3, 4.5f, 6, 7.5f}, a.data());
    }

    @Test
    void readsNumpyFloat64FortranOrderRank3AsCOrder() throws IOException {
        NpyArray a = readBase64(NUMPY_F8_FORTRAN_2X3X2);
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertArrayEquals(new int[] {2, 3, 2}, a.shape());
        float[] expected = new float[12];
        for (int i = 0; i < 12; i++) {
            expected[i] = i - 5.5f;
        }
        assertArrayEquals(expected, a.data());
    }

    @Test
    void readsNumpyFloat64BigEndian() throws IOException {
        NpyArray a = readBase64(NUMPY_F8_BIG_3);
        assertEquals(NpyDtype.FLOAT64_BIG_ENDIAN, a.dtype());
        assertArrayEquals(new int[] {3}, a.shape());
        assertArrayEquals(new float[] {0.25f, -1000f, 7f}, a.data());
    }

    @Test
    void readsNumpyVersion2And3Headers() throws IOException {
        assertArrayEquals(new float[] {1, 2, 3, 4}, readBase64(NUMPY_V2_F4_2X2).data());
        assertArrayEquals(new float[] {1, 2, 3, 4}, readBase64(NUMPY_V3_F4_2X2).data());
    }

    @Test
    void readsFloat32BigEndianFortran() throws IOException {
        // C order (2,3) = 0..5; Fortran order stores column by column: 0,3,1,4,2,5.
        byte[] b = npy(1, dict(">f4", true, "(2, 3)"), floats(ByteOrder.BIG_ENDIAN, 0, 3, 1, 4, 2, 5));
        NpyArray a = NpyReader.read(write(dir, "be.npy", b));
        assertEquals(NpyDtype.FLOAT32_BIG_ENDIAN, a.dtype());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, a.data());
    }

    @Test
    void everyDtypeOrderAndVersionRoundTripsTheSameValues() throws IOException {
        float[] c = new float[24];
        for (int i = 0; i < c.length; i++) {
            c[i] = i;
        }
        int[] shape = {2, 3, 4};
        float[] f = toFortran(c, shape);
        String[] descrs = {"|u1", "|i1", "<f4", ">f4", "<f8", ">f8"};
        for (int version = 1; version <= 3; version++) {
            for (String descr : descrs) {
                for (boolean fortran : new boolean[] {false, true}) {
                    byte[] data = encode(descr, fortran ? f : c);
                    byte[] file = npy(version, dict(descr, fortran, "(2, 3, 4)"), data);
                    NpyArray a = NpyReader.read(write(dir, "rt.npy", file));
                    String what = "v" + version + " " + descr + (fortran ? " F" : " C");
                    assertArrayEquals(shape, a.shape(), what);
                    assertArrayEquals(c, a.data(), what);
                    assertEquals(descr, a.dtype().descr(), what);
                }
            }
        }
    }

    @Test
    void readsScalarAndEmptyShapes() throws IOException {
        NpyArray scalar = NpyReader.read(write(dir, "s.npy",
                npy(1, dict("<f4", false, "()"), floats(ByteOrder.LITTLE_ENDIAN, 2.5f))));
        assertEquals(0, scalar.rank());
        assertArrayEquals(new float[] {2.5f}, scalar.data());
        NpyArray empty = NpyReader.read(write(dir, "e.npy", npy(1, dict("<f4", false, "(0, 3)"), new byte[0])));
        assertEquals(0, empty.data().length);
    }

    @Test
    void rejectsBadMagic() throws IOException {
        Path p = write(dir, "x.npy", "hello, this is text and not numpy".getBytes(StandardCharsets.US_ASCII));
        assertMessage(p, "not a .npy file (bad magic bytes)");
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        assertMessage(write(dir, "x.npy", new byte[0]), "bad magic");
    }

    @Test
    void rejectsUnknownVersion() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(1,)"), floats(ByteOrder.LITTLE_ENDIAN, 1));
        b[6] = 9;
        assertMessage(write(dir, "x.npy", b), "unsupported .npy format version 9.0");
    }

    @Test
    void rejectsHeaderLongerThanFile() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(1,)"), new byte[0]);
        byte[] cut = Arrays.copyOf(b, 40);
        assertMessage(write(dir, "x.npy", cut), "truncated .npy header");
    }

    @Test
    void rejectsTruncatedData() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(2, 3)"), floats(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5));
        assertMessage(write(dir, "x.npy", b), "truncated data: shape (2, 3) of <f4 needs 24 bytes but only 20");
    }

    @Test
    void rejectsExtraBytesAfterData() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(2,)"), floats(ByteOrder.LITTLE_ENDIAN, 1, 2, 3));
        assertMessage(write(dir, "x.npy", b), "size mismatch");
    }

    @Test
    void rejectsTerabyteShapeWithoutAllocating() throws IOException {
        byte[] b = npy(1, dict("<f8", false, "(100000, 100000, 100000)"), new byte[16]);
        assertMessage(write(dir, "x.npy", b), "absurd shape (100000, 100000, 100000)");
    }

    @Test
    void rejectsShapeThatFitsTheCapButNotTheFile() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(16384, 16384)"), new byte[16]);
        assertMessage(write(dir, "x.npy", b), "truncated data");
    }

    @Test
    void rejectsDimensionBeyondInt() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(99999999999,)"), new byte[4]);
        assertMessage(write(dir, "x.npy", b), "absurd shape");
    }

    @Test
    void rejectsNumpyObjectArrayWithoutUnpickling() throws IOException {
        assertMessage(write(dir, "x.npy", base64(NUMPY_OBJECT_HEADER)), "object arrays are not supported");
    }

    @Test
    void rejectsOtherDtypes() throws IOException {
        byte[] b = npy(1, dict("<i4", false, "(1,)"), new byte[4]);
        assertMessage(write(dir, "x.npy", b), "dtype '<i4' is not supported; use uint8");
    }

    @Test
    void rejectsStructuredDtype() throws IOException {
        byte[] b = npy(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }", new byte[4]);
        assertMessage(write(dir, "x.npy", b), "structured (record) arrays are not supported");
    }

    @Test
    void rejectsHeaderThatIsNotADict() throws IOException {
        byte[] b = npy(1, "__import__('os').system('echo hi')", new byte[4]);
        assertMessage(write(dir, "x.npy", b), "malformed header: expected '{'");
    }

    @Test
    void rejectsHeaderMissingShape() throws IOException {
        byte[] b = npy(1, "{'descr': '<f4', 'fortran_order': False, }", new byte[4]);
        assertMessage(write(dir, "x.npy", b), "malformed header: missing 'shape'");
    }

    @Test
    void rejectsUnterminatedHeader() throws IOException {
        byte[] b = npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,", new byte[0]);
        assertMessage(write(dir, "x.npy", b), "malformed header");
    }

    @Test
    void rejectsNegativeDimension() throws IOException {
        byte[] b = npy(1, dict("<f4", false, "(-1,)"), new byte[4]);
        assertMessage(write(dir, "x.npy", b), "shape entries must be non-negative integers");
    }

    @Test
    void rejectsFortranOrderThatIsNotABoolean() throws IOException {
        byte[] b = npy(1, "{'descr': '<f4', 'fortran_order': 'yes', 'shape': (1,), }", new byte[4]);
        assertMessage(write(dir, "x.npy", b), "'fortran_order' must be True or False");
    }

    @Test
    void rejectsAbsurdHeaderLength() throws IOException {
        byte[] b = npy(2, dict("<f4", false, "(1,)"), new byte[4]);
        b[8] = 0;
        b[9] = 0;
        b[10] = 0;
        b[11] = 0x40; // 1 GiB header
        assertMessage(write(dir, "x.npy", b), "absurd .npy header length");
    }

    @Test
    void missingFileNamesIt() {
        Path p = dir.resolve("nope.npy");
        BadInputException e = assertThrows(BadInputException.class, () -> NpyReader.read(p));
        assertEquals(p + ": no such file or folder", e.getMessage());
    }

    private static void assertMessage(Path file, String part) {
        BadInputException e = assertThrows(BadInputException.class, () -> NpyReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    private static float[] toFortran(float[] c, int[] shape) {
        float[] f = new float[c.length];
        int i = 0;
        for (int z = 0; z < shape[0]; z++) {
            for (int y = 0; y < shape[1]; y++) {
                for (int x = 0; x < shape[2]; x++) {
                    f[z + shape[0] * (y + shape[1] * x)] = c[i++];
                }
            }
        }
        return f;
    }

    private static byte[] encode(String descr, float[] v) {
        return switch (descr) {
            case "|u1", "|i1" -> {
                byte[] b = new byte[v.length];
                for (int i = 0; i < v.length; i++) {
                    b[i] = (byte) v[i];
                }
                yield b;
            }
            case "<f4" -> floats(ByteOrder.LITTLE_ENDIAN, v);
            case ">f4" -> floats(ByteOrder.BIG_ENDIAN, v);
            default -> {
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[i] = v[i];
                }
                yield doubles(descr.startsWith("<") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN, d);
            }
        };
    }
}
