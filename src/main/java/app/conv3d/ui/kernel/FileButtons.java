package app.conv3d.ui.kernel;

import app.conv3d.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Load a kernel or bank, save the selected kernel or the whole bank, as .json or .npy. */
final class FileButtons extends HBox {
    private static final FileChooser.ExtensionFilter JSON =
            new FileChooser.ExtensionFilter(Messages.text("lab.files.json"), "*.json");
    private static final FileChooser.ExtensionFilter NPY =
            new FileChooser.ExtensionFilter(Messages.text("lab.files.npy"), "*.npy");

    private File folder = new File(System.getProperty("user.home"));

    FileButtons(KernelFilesModel lab) {
        super(8);
        getStyleClass().add("button-row");
        Button load = new Button(Messages.text("lab.files.load"));
        load.setId("loadKernels");
        load.setTooltip(new Tooltip(Messages.text("lab.files.load.tip")));
        load.setOnAction(e -> choose(false, Messages.text("lab.files.load.title"), lab::load));
        Button saveKernel = new Button(Messages.text("lab.files.saveKernel"));
        saveKernel.setId("saveKernel");
        saveKernel.setTooltip(new Tooltip(Messages.text("lab.files.saveKernel.tip")));
        saveKernel.setOnAction(e -> choose(true, Messages.text("lab.files.saveKernel.title"), lab::saveKernel));
        Button saveBank = new Button(Messages.text("lab.files.saveBank"));
        saveBank.setId("saveBank");
        saveBank.setTooltip(new Tooltip(Messages.text("lab.files.saveBank.tip")));
        saveBank.setOnAction(e -> choose(true, Messages.text("lab.files.saveBank.title"), lab::saveBank));
        for (Button b : new Button[] {load, saveKernel, saveBank}) {
            b.setFocusTraversable(false);
        }
        getChildren().addAll(load, saveKernel, saveBank);
    }

    private void choose(boolean save, String title, Predicate<Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(JSON, NPY);
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        folder = file.getParentFile();
        Path path = file.toPath();
        if (save && chooser.getSelectedExtensionFilter() == NPY && !path.toString().toLowerCase().endsWith(".npy")
                && !path.toString().toLowerCase().endsWith(".json")) {
            path = path.resolveSibling(path.getFileName() + ".npy");
        }
        action.test(path);
    }
}
