package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each system's own place for a user's settings, decided from os.name, the environment and the home folder. */
class SettingsFolderTest {
    private static final String HOME = Path.of("/home/teacher").toAbsolutePath().toString();
    private static final String ELSEWHERE = Path.of("/srv/config").toAbsolutePath().toString();

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of(ELSEWHERE, "conv3d-explorer"),
                SettingsFolder.of("Windows 11", Map.of("APPDATA", ELSEWHERE), HOME));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInTheHome() {
        assertEquals(Path.of(HOME, "AppData", "Roaming", "conv3d-explorer"),
                SettingsFolder.of("Windows 10", Map.of(), HOME));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "conv3d-explorer"),
                SettingsFolder.of("Windows 10", Map.of("APPDATA", "relative\\path"), HOME));
    }

    @Test
    void macOsUsesApplicationSupportWhateverXdgSays() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "conv3d-explorer"),
                SettingsFolder.of("Mac OS X", Map.of("XDG_CONFIG_HOME", ELSEWHERE), HOME));
    }

    @Test
    void linuxUsesXdgConfigHomeWhenAbsolute() {
        assertEquals(Path.of(ELSEWHERE, "conv3d-explorer"),
                SettingsFolder.of("Linux", Map.of("XDG_CONFIG_HOME", ELSEWHERE), HOME));
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgIsUnsetBlankOrRelative() {
        Path dotConfig = Path.of(HOME, ".config", "conv3d-explorer");
        assertEquals(dotConfig, SettingsFolder.of("Linux", Map.of(), HOME));
        assertEquals(dotConfig, SettingsFolder.of("Linux", Map.of("XDG_CONFIG_HOME", "  "), HOME));
        assertEquals(dotConfig, SettingsFolder.of("Linux", Map.of("XDG_CONFIG_HOME", "config"), HOME));
        assertEquals(dotConfig, SettingsFolder.of("FreeBSD", Map.of(), HOME));
    }
}
