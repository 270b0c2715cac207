package app.conv3d.io;

import static app.conv3d.io.NpyTestFiles.base64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {
    // np.save(np.array([[0, 1.5, -2], [3.25, 4, 5]], dtype='<f4')) with NumPy 2.4.
    static final String NUMPY_F4_2X3 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAADAPwAAAMAAAFBAAACAQAAAoEA=";
    // np.save(np.array([1, 2, 3, 4], dtype='<f4')).
    static final String NUMPY_F4_4 = "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDQsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAIA/AAAAQAAAQEAAAIBA";

    @TempDir
    Path dir;

    @Test
    void writesTheSameBytesAsNumpy() throws IOException {
        Path p = dir.resolve("f.npy");
        NpyWriter.write(p, NpyArray.float32(new float[] {0, 1.5f, -2, 3.25f, 4, 5}, 2, 3));
        assertArrayEquals(base64(NUMPY_F4_2X3), Files.readAllBytes(p));
        NpyWriter.write(p, NpyArray.float32(new float[] {1, 2, 3, 4}, 4));
        assertArrayEquals(base64(NUMPY_F4_4), Files.readAllBytes(p));
    }

    @Test
    void headerIsPaddedToSixtyFourBytesAndEndsWithNewline() {
        for (int[] shape : new int[][] {{1}, {16, 112, 112, 3}, {256, 31, 31, 31, 3}, {}}) {
            byte[] h = NpyWriter.header(shape);
            assertEquals(0, h.length % 64);
            assertEquals('\n', h[h.length - 1]);
        }
    }

    @Test
    void writeThenReadRoundTrips() throws IOException {
        float[] v = new float[2 * 3 * 4 * 5];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(i) * 100;
        }
        Path p = dir.resolve("r.npy");
        NpyWriter.write(p, NpyArray.float32(v, 2, 3, 4, 5));
        NpyArray back = NpyReader.read(p);
        assertArrayEquals(new int[] {2, 3, 4, 5}, back.shape());
        assertEquals(NpyDtype.FLOAT32, back.dtype());
        assertArrayEquals(v, back.data());
    }

    @Test
    void uint8ArraysAreWrittenAsFloat32() throws IOException {
        Path p = dir.resolve("u.npy");
        NpyWriter.write(p, new NpyArray(new int[] {3}, NpyDtype.UINT8, new float[] {0, 128, 255}));
        NpyArray back = NpyReader.read(p);
        assertEquals(NpyDtype.FLOAT32, back.dtype());
        assertArrayEquals(new float[] {0, 128, 255}, back.data());
    }
}
