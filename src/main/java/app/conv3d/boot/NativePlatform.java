package app.conv3d.boot;

import java.util.Locale;
import java.util.Optional;

/**
 * The desktops the runnable jar carries JavaFX's natives for, named as JavaFX's Maven classifiers, and which one a
 * JVM runs on.
 */
public enum NativePlatform {
    LINUX("linux"), LINUX_AARCH64("linux-aarch64"), WIN("win"), MAC("mac"), MAC_AARCH64("mac-aarch64");

    private final String classifier;

    NativePlatform(String classifier) {
        this.classifier = classifier;
    }

    /** JavaFX's classifier, and the folder under {@code javafx-natives/} in the jar. */
    public String classifier() {
        return classifier;
    }

    /** The platform for {@code os.name} and {@code os.arch}; empty where JavaFX ships no natives (32-bit, BSD...). */
    public static Optional<NativePlatform> of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("windows")) {
            return x64 ? Optional.of(WIN) : Optional.empty();
        }
        if (os.startsWith("mac")) {
            return x64 ? Optional.of(MAC) : arm64 ? Optional.of(MAC_AARCH64) : Optional.empty();
        }
        if (os.startsWith("linux")) {
            return x64 ? Optional.of(LINUX) : arm64 ? Optional.of(LINUX_AARCH64) : Optional.empty();
        }
        return Optional.empty();
    }

    public static Optional<NativePlatform> current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }
}
