package app.conv3d.ui.kernel;

import app.conv3d.ui.files.FileChoice;
import app.conv3d.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Load a kernel or bank, save the selected kernel or the whole bank, as .json or .npy. The files are chosen through
 * the window's {@link FileChoice}, as every other file is: the same last folder, and tests answer without a dialog.
 */
final class FileButtons extends HBox {
    private final Supplier<FileChoice> files;

    FileButtons(KernelFilesModel lab, Supplier<FileChoice> files) {
        super(8);
        this.files = Objects.requireNonNull(files);
        getStyleClass().add("button-row");
        Button load = new Button(Messages.text("lab.files.load"));
        load.setId("loadKernels");
        load.setTooltip(new Tooltip(Messages.text("lab.files.load.tip")));
        load.setOnAction(e -> choose(FileChoice.Purpose.OPEN_KERNELS, lab::load));
        Button saveKernel = new Button(Messages.text("lab.files.saveKernel"));
        saveKernel.setId("saveKernel");
        saveKernel.setTooltip(new Tooltip(Messages.text("lab.files.saveKernel.tip")));
        saveKernel.setOnAction(e -> choose(FileChoice.Purpose.SAVE_KERNEL, lab::saveKernel));
        Button saveBank = new Button(Messages.text("lab.files.saveBank"));
        saveBank.setId("saveBank");
        saveBank.setTooltip(new Tooltip(Messages.text("lab.files.saveBank.tip")));
        saveBank.setOnAction(e -> choose(FileChoice.Purpose.SAVE_BANK, lab::saveBank));
        for (Button b : new Button[] {load, saveKernel, saveBank}) {
            b.setFocusTraversable(false);
        }
        getChildren().addAll(load, saveKernel, saveBank);
    }

    private void choose(FileChoice.Purpose purpose, Predicate<Path> action) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        files.get().choose(owner, purpose).ifPresent(action::test);
    }
}
