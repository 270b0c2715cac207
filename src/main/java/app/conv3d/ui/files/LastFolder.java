package app.conv3d.ui.files;

import app.conv3d.ui.settings.UserSettings;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The folder the file dialogs open in: the one last chosen from, remembered in the teacher's settings. */
final class LastFolder {
    static final String KEY = "lastFolder";

    private final UserSettings settings;

    LastFolder(UserSettings settings) {
        this.settings = settings;
    }

    /** The folder last chosen from, while it still is one. */
    Optional<File> get() {
        String stored = settings.text(KEY, "");
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            File folder = Path.of(stored).toFile();
            return folder.isDirectory() ? Optional.of(folder) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers where {@code chosen} is: the folder itself when a folder was chosen, else the file's folder. */
    void chose(File chosen, boolean isFolder) {
        File folder = isFolder ? chosen : chosen.getAbsoluteFile().getParentFile();
        if (folder != null) {
            settings.put(KEY, folder.getAbsolutePath());
            settings.flush();
        }
    }
}
