package app.conv3d.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a file or folder. The menus ask through this, so tests (and anything else) can
 * answer without a native dialog.
 */
public interface FileChoice {
    /** What is being chosen, so the dialog can say so and filter. */
    enum Purpose {
        OPEN_CLIP_FILE, OPEN_CLIP_FOLDER, SAVE_CLIP_FOLDER, OPEN_LESSON, SAVE_LESSON, EXPORT_GIF, EXPORT_PNG,
        EXPORT_NPY, OPEN_KERNELS, SAVE_KERNEL, SAVE_BANK,
        /** A training set: a folder holding one folder of clips per class. */
        OPEN_TRAINING_FOLDER
    }

    /** The chosen path, or empty when the user cancels. */
    Optional<Path> choose(Window owner, Purpose purpose);
}
