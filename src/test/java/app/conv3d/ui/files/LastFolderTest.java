package app.conv3d.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.ui.settings.UserSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file dialogs open where the teacher last chose a file, across runs, while that folder is still there. */
class LastFolderTest {
    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());

    @AfterEach
    void removeTheNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void aChosenFilesFolderComesBackInTheNextRun() throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        new LastFolder(UserSettings.in(node)).chose(lessons.resolve("motion.c3dlesson").toFile(), false);
        assertEquals(Optional.of(lessons.toFile()), new LastFolder(UserSettings.in(node)).get());
    }

    @Test
    void aChosenFolderIsItself() throws Exception {
        Path frames = Files.createDirectories(dir.resolve("frames"));
        LastFolder last = new LastFolder(UserSettings.in(node));
        last.chose(frames.toFile(), true);
        assertEquals(Optional.of(frames.toFile()), last.get());
    }

    @Test
    void aFolderThatIsGoneIsForgotten() throws Exception {
        Path gone = Files.createDirectories(dir.resolve("usb-stick"));
        LastFolder last = new LastFolder(UserSettings.in(node));
        last.chose(gone.toFile(), true);
        Files.delete(gone);
        assertEquals(Optional.empty(), last.get());
    }

    @Test
    void withoutSettingsNothingIsRemembered() {
        LastFolder last = new LastFolder(UserSettings.none());
        last.chose(new File(dir.toFile(), "x.gif"), false);
        assertEquals(Optional.empty(), last.get());
    }
}
