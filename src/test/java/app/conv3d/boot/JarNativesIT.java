package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar, as {@code package} built it, holds what each desktop needs to start the window and open a
 * camera: JavaFX's natives and platform classes for Windows x64, macOS x64 and arm64, Linux x64 and arm64, and the
 * webcam drivers' natives for the same systems. Run by failsafe after {@code package}.
 */
class JarNativesIT {
    private static final Path JAR = Path.of("target", "conv3d-explorer.jar");
    private static List<String> names;
    private static Set<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            names = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
        }
        entries = Set.copyOf(names);
    }

    /** The systems' jars share most classes: each must be in the jar once, or unzip and jar tools complain. */
    @Test
    void everyEntryOnce() {
        List<String> twice = names.stream().filter(n -> names.indexOf(n) != names.lastIndexOf(n)).distinct()
                .limit(10).collect(Collectors.toList());
        assertTrue(twice.isEmpty(), "entries in the jar more than once, e.g. " + twice);
    }

    @Test
    void javaFxNativesOfEveryDesktop() {
        for (NativePlatform p : NativePlatform.values()) {
            String dir = JavaFxNatives.ROOT + p.classifier() + "/";
            String[] libs = switch (p) {
                case WIN -> new String[] {"glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
                        "javafx_iio.dll", "decora_sse.dll", "msvcp140.dll", "vcruntime140.dll"};
                case MAC, MAC_AARCH64 -> new String[] {"libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
                        "libjavafx_font.dylib", "libjavafx_iio.dylib"};
                case LINUX, LINUX_AARCH64 -> new String[] {"libglass.so", "libglassgtk3.so", "libprism_es2.so",
                        "libprism_sw.so", "libjavafx_font.so", "libjavafx_iio.so"};
            };
            for (String lib : libs) {
                assertHas(dir + lib);
            }
        }
    }

    @Test
    void noNativeAtTheTopWhereSystemsWouldClash() {
        List<String> top = entries.stream()
                .filter(n -> !n.contains("/") && (n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib")))
                .collect(Collectors.toList());
        assertTrue(top.isEmpty(), "natives at the top of the jar: " + top);
    }

    @Test
    void javaFxClassesOfEveryWindowingSystem() {
        assertHas("com/sun/glass/ui/win/WinApplication.class");
        assertHas("com/sun/prism/d3d/D3DPipeline.class");
        assertHas("com/sun/glass/ui/mac/MacApplication.class");
        assertHas("com/sun/glass/ui/gtk/GtkApplication.class");
        assertHas("com/sun/prism/es2/X11GLFactory.class");
        assertHas("com/sun/prism/es2/MacGLFactory.class");
    }

    @Test
    void webcamDriversOfEveryDesktop() {
        // JNA, which the native webcam driver calls through
        assertHas("com/sun/jna/win32-x86-64/jnidispatch.dll");
        assertHas("com/sun/jna/darwin-x86-64/libjnidispatch.jnilib");
        assertHas("com/sun/jna/darwin-aarch64/libjnidispatch.jnilib");
        assertHas("com/sun/jna/linux-x86-64/libjnidispatch.so");
        assertHas("com/sun/jna/linux-aarch64/libjnidispatch.so");
        // the native driver (Media Foundation, AVFoundation, V4L2)
        assertHas("win32-x86-64/cnokhwa.dll");
        assertHas("darwin-x86-64/libvideocapture.dylib");
        assertHas("darwin-aarch64/libvideocapture.dylib");
        assertHas("linux-x86-64/libcnokhwa.so");
        // webcam-capture's built-in driver and the BridJ it runs on
        String builtIn = "com/github/sarxos/webcam/ds/buildin/lib/";
        assertHas(builtIn + "win64/OpenIMAJGrabber.dll");
        assertHas(builtIn + "darwin_universal/libOpenIMAJGrabber.dylib");
        assertHas(builtIn + "linux_x64/OpenIMAJGrabber.so");
        assertHas("org/bridj/lib/win64/bridj.dll");
        assertHas("org/bridj/lib/darwin_universal/libbridj.dylib");
        assertHas("org/bridj/lib/linux_x64/libbridj.so");
    }

    private static void assertHas(String entry) {
        if (!entries.contains(entry)) {
            List<String> near = new ArrayList<>();
            String folder = entry.contains("/") ? entry.substring(0, entry.lastIndexOf('/') + 1) : "";
            entries.stream().filter(n -> n.startsWith(folder) && !n.endsWith("/")).sorted().limit(20).forEach(near::add);
            throw new AssertionError(JAR + " lacks " + entry + "; in " + folder + ": " + near);
        }
    }
}
