package app.conv3d.ui.kernel;

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
            new FileChooser.ExtensionFilter("Kernel JSON (weights and biases)", "*.json");
    private static final FileChooser.ExtensionFilter NPY =
            new FileChooser.ExtensionFilter("NumPy array (weights only)", "*.npy");

    private File folder = new File(System.getProperty("user.home"));

    FileButtons(KernelFilesModel lab) {
        super(8);
        getStyleClass().add("button-row");
        Button load = new Button("Load\u2026");
        load.setId("loadKernels");
        load.setTooltip(new Tooltip("Replaces the lab's kernels with a .json or .npy file's: (kt, kh, kw, C) is one"
                + " kernel, (N, kt, kh, kw, C) a bank"));
        load.setOnAction(e -> choose(false, "Load kernels", lab::load));
        Button saveKernel = new Button("Save kernel\u2026");
        saveKernel.setId("saveKernel");
        saveKernel.setTooltip(new Tooltip("Saves the selected kernel (.json keeps its bias, .npy only its weights)"));
        saveKernel.setOnAction(e -> choose(true, "Save the selected kernel", lab::saveKernel));
        Button saveBank = new Button("Save bank\u2026");
        saveBank.setId("saveBank");
        saveBank.setTooltip(new Tooltip("Saves every kernel of the lab in one file"));
        saveBank.setOnAction(e -> choose(true, "Save every kernel", lab::saveBank));
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
