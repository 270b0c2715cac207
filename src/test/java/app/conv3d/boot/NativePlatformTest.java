package app.conv3d.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which of the jar's native sets a JVM takes, from the names Java reports on each system. */
class NativePlatformTest {

    @Test
    void theFiveDesktops() {
        assertEquals(Optional.of(NativePlatform.LINUX), NativePlatform.of("Linux", "amd64"));
        assertEquals(Optional.of(NativePlatform.LINUX_AARCH64), NativePlatform.of("Linux", "aarch64"));
        assertEquals(Optional.of(NativePlatform.WIN), NativePlatform.of("Windows 11", "amd64"));
        assertEquals(Optional.of(NativePlatform.MAC), NativePlatform.of("Mac OS X", "x86_64"));
        assertEquals(Optional.of(NativePlatform.MAC_AARCH64), NativePlatform.of("Mac OS X", "aarch64"));
    }

    @Test
    void noneWhereJavaFxShipsNoNatives() {
        assertEquals(Optional.empty(), NativePlatform.of("Windows 10", "x86"));
        assertEquals(Optional.empty(), NativePlatform.of("Windows 11", "aarch64"));
        assertEquals(Optional.empty(), NativePlatform.of("Linux", "arm"));
        assertEquals(Optional.empty(), NativePlatform.of("FreeBSD", "amd64"));
    }

    @Test
    void classifiersAreJavaFxs() {
        assertEquals("mac-aarch64", NativePlatform.MAC_AARCH64.classifier());
        assertEquals("win", NativePlatform.WIN.classifier());
    }
}
