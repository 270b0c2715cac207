package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a teacher may type into the export and capture dialogs' number fields (the fuzz test found "x0-"). */
@ExtendWith(ApplicationExtension.class)
class WholeNumberEntryTest {
    private Spinner<Integer> spinner;

    @Start
    void start(Stage stage) {
        spinner = new Spinner<>(2, 64, 16);
        WholeNumberEntry.install(spinner);
        stage.setScene(new Scene(spinner));
        stage.show();
    }

    private int typeAndCommit(String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            spinner.getEditor().setText(text);
            spinner.commitValue(); // what Enter does
            return spinner.getValue();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void lettersAndSignsNeverGetIn() throws Exception {
        assertEquals(16, typeAndCommit("x0-"));
        assertEquals("16", spinner.getEditor().getText());
    }

    @Test
    void anEmptyFieldKeepsTheValue() throws Exception {
        assertEquals(16, typeAndCommit(""));
    }

    @Test
    void digitsAreTakenAndKeptInRange() throws Exception {
        assertEquals(12, typeAndCommit("12"));
        assertEquals(64, typeAndCommit("640"));
    }
}
