package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.core.StepSize;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.walkthrough.WalkthroughControls;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Lesson menu says what the window's own controls say. */
@ExtendWith(ApplicationExtension.class)
class LessonMenuTest {
    private Lesson lesson;

    @Start
    void start(Stage stage) {
        lesson = new Lesson(Runnable::run, Runnable::run);
    }

    @Test
    void stepSizeUsesTheComboBoxWords() {
        Menu menu = LessonMenu.build(lesson);
        Menu steps = (Menu) menu.getItems().stream().filter(m -> "menuStepSize".equals(m.getId())).findFirst().orElseThrow();
        List<String> inMenu = steps.getItems().stream().map(MenuItem::getText).collect(Collectors.toList());
        @SuppressWarnings("unchecked")
        ChoiceBox<StepSize> combo = (ChoiceBox<StepSize>) new WalkthroughControls(lesson).lookup("#stepSizeChoice");
        List<String> inCombo = combo.getItems().stream().map(s -> combo.getConverter().toString(s)).collect(Collectors.toList());
        assertEquals(List.of("one position", "one row", "one slice"), inCombo);
        assertEquals(inCombo, inMenu);
    }
}
