package app.conv3d.boot;

import app.conv3d.io.AtomicFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Hands JavaFX the natives of the system it runs on, out of a jar that carries every desktop's. JavaFX only finds
 * natives at the top of a jar, where macOS's x64 and arm64 libraries (and Linux's) would share names; so the jar keeps
 * them under {@code javafx-natives/<platform>/}, and before the toolkit starts this copies the running system's set
 * into a cache folder and puts that folder first on {@code java.library.path}, which JavaFX's loader searches next.
 * Run from classes with JavaFX's own jars (development, tests) it does nothing; the installed app runs the same jar,
 * and so takes the same way.
 */
public final class JavaFxNatives {
    static final String ROOT = "javafx-natives/";

    private JavaFxNatives() {
    }

    /** Unpacks this system's natives from the running jar, if it carries them; a failure is one warning line. */
    public static void prepare() {
        Optional<Path> jar = runningJar();
        Optional<NativePlatform> platform = NativePlatform.current();
        if (jar.isEmpty() || platform.isEmpty()) {
            return;
        }
        try {
            unpack(jar.get(), platform.get(), cacheRoot()).ifPresent(JavaFxNatives::searchFirst);
        } catch (IOException e) {
            System.err.println("warning: could not unpack JavaFX's libraries from " + jar.get() + ": " + e.getMessage());
        }
    }

    /**
     * Copies {@code platform}'s natives from {@code jar} into a folder under {@code cacheRoot} named by their
     * checksums (another JavaFX version gets another folder), skipping files already there whole; returns that
     * folder, or empty when the jar has no natives for the platform.
     */
    static Optional<Path> unpack(Path jar, NativePlatform platform, Path cacheRoot) throws IOException {
        String prefix = ROOT + platform.classifier() + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> natives = new ArrayList<>();
            CRC32 key = new CRC32();
            file.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory()).forEach(e -> {
                natives.add(e);
                key.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                key.update(Long.toString(e.getCrc()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
            if (natives.isEmpty()) {
                return Optional.empty();
            }
            Path folder = cacheRoot.resolve(platform.classifier() + "-" + Long.toHexString(key.getValue()));
            Files.createDirectories(folder);
            for (JarEntry entry : natives) {
                Path target = folder.resolve(entry.getName().substring(prefix.length()));
                if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    AtomicFiles.write(target, in::transferTo);
                }
            }
            return Optional.of(folder);
        }
    }

    /** Where JavaFX itself caches natives it unpacks ({@code ~/.openjfx/cache}), or the temp folder without a home. */
    static Path cacheRoot() {
        String home = System.getProperty("user.home", "");
        Path root = home.isEmpty() || !Files.isWritable(Path.of(home))
                ? Path.of(System.getProperty("java.io.tmpdir"), ".openjfx-" + System.getProperty("user.name", "user"))
                : Path.of(home, ".openjfx");
        return root.resolve("cache").resolve("conv3d-explorer");
    }

    private static void searchFirst(Path folder) {
        String path = System.getProperty("java.library.path", "");
        System.setProperty("java.library.path", path.isEmpty() ? folder.toString() : folder + File.pathSeparator + path);
    }

    private static Optional<Path> runningJar() {
        try {
            var source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
