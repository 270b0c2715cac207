package app.conv3d.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import javafx.stage.FileChooser.ExtensionFilter;
import org.junit.jupiter.api.Test;

/** A bare name typed into a save dialog gets the ending of the kind the user picked; a name with one keeps it. */
class NativeFileChoiceTest {
    private static final ExtensionFilter JSON = new ExtensionFilter("JSON", "*.json");
    private static final ExtensionFilter NPY = new ExtensionFilter("NumPy", "*.npy");

    @Test
    void aBareNameGetsTheChosenKindsEnding() {
        assertEquals(new File("/tmp/edges.npy"), NativeFileChoice.withChosenEnding(new File("/tmp/edges"), NPY, JSON, NPY));
        assertEquals(new File("/tmp/edges.json"), NativeFileChoice.withChosenEnding(new File("/tmp/edges"), JSON, JSON, NPY));
    }

    @Test
    void aNameWithAnOfferedEndingIsKept() {
        assertEquals(new File("/tmp/Edges.JSON"), NativeFileChoice.withChosenEnding(new File("/tmp/Edges.JSON"), NPY, JSON, NPY));
    }

    @Test
    void anAllFilesChoiceAddsNothing() {
        ExtensionFilter all = new ExtensionFilter("All", "*");
        assertEquals(new File("/tmp/clip"), NativeFileChoice.withChosenEnding(new File("/tmp/clip"), all, all));
    }
}
