package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking one system's natives out of a jar that holds several under javafx-natives/. */
class JavaFxNativesTest {
    @TempDir
    Path dir;

    @Test
    void unpacksOnlyTheRunningSystemsSet() throws IOException {
        Path jar = jar("a.jar", Map.of(
                "javafx-natives/linux/libglass.so", "linux glass",
                "javafx-natives/linux/libprism_sw.so", "linux sw",
                "javafx-natives/linux-aarch64/libglass.so", "arm glass",
                "javafx-natives/win/glass.dll", "win glass"));

        Path folder = JavaFxNatives.unpack(jar, NativePlatform.LINUX, dir.resolve("cache")).orElseThrow();

        assertEquals("linux glass", Files.readString(folder.resolve("libglass.so")));
        assertEquals("linux sw", Files.readString(folder.resolve("libprism_sw.so")));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void aSecondStartReusesTheFilesAndAnotherVersionGetsItsOwnFolder() throws IOException {
        Path cache = dir.resolve("cache");
        Path first = JavaFxNatives.unpack(jar("a.jar", Map.of("javafx-natives/mac/libglass.dylib", "v1")),
                NativePlatform.MAC, cache).orElseThrow();
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(first.resolve("libglass.dylib"), written);

        Path again = JavaFxNatives.unpack(jar("b.jar", Map.of("javafx-natives/mac/libglass.dylib", "v1")),
                NativePlatform.MAC, cache).orElseThrow();
        Path other = JavaFxNatives.unpack(jar("c.jar", Map.of("javafx-natives/mac/libglass.dylib", "v2")),
                NativePlatform.MAC, cache).orElseThrow();

        assertEquals(first, again);
        assertEquals(written, Files.getLastModifiedTime(again.resolve("libglass.dylib")));
        assertNotEquals(first, other);
        assertArrayEquals("v2".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(other.resolve("libglass.dylib")));
    }

    @Test
    void aTruncatedFileIsWrittenAgain() throws IOException {
        Path jar = jar("a.jar", Map.of("javafx-natives/win/glass.dll", "the whole library"));
        Path folder = JavaFxNatives.unpack(jar, NativePlatform.WIN, dir).orElseThrow();
        Files.writeString(folder.resolve("glass.dll"), "the wh");

        JavaFxNatives.unpack(jar, NativePlatform.WIN, dir);

        assertEquals("the whole library", Files.readString(folder.resolve("glass.dll")));
    }

    @Test
    void nothingForASystemTheJarDoesNotCarry() throws IOException {
        Path jar = jar("a.jar", Map.of("javafx-natives/linux/libglass.so", "linux"));
        assertEquals(Optional.empty(), JavaFxNatives.unpack(jar, NativePlatform.MAC_AARCH64, dir.resolve("cache")));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void theCacheIsJavaFxsOwnFolderInTheHome() {
        Path root = JavaFxNatives.cacheRoot();
        assertTrue(root.endsWith(Path.of("cache", "conv3d-explorer")), root.toString());
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
