package app.conv3d.ui.files;

import app.conv3d.io.LessonFile;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.settings.UserSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own file and folder dialogs, opening in the last folder used (remembered in the settings). */
public final class NativeFileChoice implements FileChoice {
    private final LastFolder lastFolder;

    /** Dialogs remembering their folder in the "files" part of {@code settings}. */
    public NativeFileChoice(UserSettings settings) {
        this.lastFolder = new LastFolder(settings.part("files"));
    }

    @Override
    public Optional<Path> choose(Window owner, Purpose purpose) {
        File chosen = switch (purpose) {
            case OPEN_CLIP_FOLDER -> folder(owner, Messages.text("files.openFolder"));
            case SAVE_CLIP_FOLDER -> folder(owner, Messages.text("files.saveClipFolder"));
            case OPEN_TRAINING_FOLDER -> folder(owner, Messages.text("files.openTrainingFolder"));
            case OPEN_CLIP_FILE -> file(owner, Messages.text("files.openClip"), false, null,
                    new FileChooser.ExtensionFilter(Messages.text("files.clips"), "*.gif", "*.npy"),
                    new FileChooser.ExtensionFilter(Messages.text("files.all"), "*"));
            case OPEN_LESSON -> file(owner, Messages.text("files.openLesson"), false, null,
                    new FileChooser.ExtensionFilter(Messages.text("files.lessons"), "*" + LessonFile.EXTENSION));
            case SAVE_LESSON -> file(owner, Messages.text("files.saveLesson"), true, Messages.text("files.lessonName") + LessonFile.EXTENSION,
                    new FileChooser.ExtensionFilter(Messages.text("files.lessons"), "*" + LessonFile.EXTENSION));
            case EXPORT_GIF -> file(owner, Messages.text("files.exportGif"), true, "export.gif",
                    new FileChooser.ExtensionFilter("GIF", "*.gif"));
            case EXPORT_PNG -> file(owner, Messages.text("files.exportPng"), true, "export.png",
                    new FileChooser.ExtensionFilter("PNG", "*.png"));
            case EXPORT_NPY -> file(owner, Messages.text("files.exportNpy"), true, "features.npy",
                    new FileChooser.ExtensionFilter(Messages.text("files.npy"), "*.npy"));
            case OPEN_KERNELS -> file(owner, Messages.text("lab.files.load.title"), false, null, kernelFilters());
            case SAVE_KERNEL -> file(owner, Messages.text("lab.files.saveKernel.title"), true, null, kernelFilters());
            case SAVE_BANK -> file(owner, Messages.text("lab.files.saveBank.title"), true, null, kernelFilters());
        };
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder.chose(chosen, chosen.isDirectory() && purpose != Purpose.SAVE_LESSON);
        return Optional.of(withExtension(chosen.toPath(), purpose));
    }

    /** A saved file gets the ending its kind needs when the user typed a bare name. */
    static Path withExtension(Path p, Purpose purpose) {
        String ending = switch (purpose) {
            case SAVE_LESSON -> LessonFile.EXTENSION;
            case EXPORT_GIF -> ".gif";
            case EXPORT_PNG -> ".png";
            case EXPORT_NPY -> ".npy";
            default -> null;
        };
        String name = p.getFileName().toString();
        return ending == null || name.toLowerCase(java.util.Locale.ROOT).endsWith(ending) ? p
                : p.resolveSibling(name + ending);
    }

    private File folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        lastFolder.get().ifPresent(chooser::setInitialDirectory);
        return chooser.showDialog(owner);
    }

    private File file(Window owner, String title, boolean save, String name, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        lastFolder.get().ifPresent(chooser::setInitialDirectory);
        if (name != null) {
            chooser.setInitialFileName(name);
        }
        if (!save) {
            return chooser.showOpenDialog(owner);
        }
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : withChosenEnding(chosen, chooser.getSelectedExtensionFilter(), filters);
    }

    /** .json keeps a kernel's bias, .npy only its weights: the lab offers both, JSON first. */
    private static FileChooser.ExtensionFilter[] kernelFilters() {
        return new FileChooser.ExtensionFilter[] {
            new FileChooser.ExtensionFilter(Messages.text("lab.files.json"), "*.json"),
            new FileChooser.ExtensionFilter(Messages.text("lab.files.npy"), "*.npy")};
    }

    /** A bare name typed into a save dialog gets the ending of the kind chosen in it (some platforms add none). */
    static File withChosenEnding(File chosen, FileChooser.ExtensionFilter selected,
            FileChooser.ExtensionFilter... offered) {
        String name = chosen.getName().toLowerCase(java.util.Locale.ROOT);
        for (FileChooser.ExtensionFilter f : offered) {
            for (String pattern : f.getExtensions()) {
                if (pattern.startsWith("*.") && name.endsWith(pattern.substring(1))) {
                    return chosen;
                }
            }
        }
        if (selected == null || selected.getExtensions().isEmpty() || !selected.getExtensions().get(0).startsWith("*.")) {
            return chosen;
        }
        return new File(chosen.getParentFile(), chosen.getName() + selected.getExtensions().get(0).substring(1));
    }
}
