package app.conv3d.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A cell's look follows its value through the window's stylesheet, on the same labels with the same classes. */
@ExtendWith(ApplicationExtension.class)
class ValueGridTest {
    static {
        if (!"false".equals(System.getProperty("testfx.headless"))) {
            for (String[] p : new String[][] {{"testfx.headless", "true"}, {"testfx.robot", "glass"},
                    {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"}}) {
                if (System.getProperty(p[0]) == null) {
                    System.setProperty(p[0], p[1]);
                }
            }
        }
    }

    private ValueGrid grid;

    @Start
    void start(Stage stage) {
        grid = new ValueGrid("weightGrid", "weights");
        Scene scene = new Scene(grid, 300, 200);
        scene.getStylesheets().add(getClass().getResource("/app/conv3d/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aCellTakesItsSignsColoursWithoutRestyling(FxRobot robot) throws Exception {
        robot.interact(() -> grid.show(1, 2, (r, c) -> new ValueGrid.Cell(c == 0 ? "-1" : "1",
                c == 0 ? "negative" : "positive")));
        Label first = robot.lookup("#weightGrid .cell").queryAll().stream().map(Label.class::cast)
                .filter(l -> "-1".equals(l.getText())).findFirst().orElseThrow();
        List<String> classes = List.copyOf(first.getStyleClass());
        Paint negative = fill(first);
        Label second = robot.lookup("#weightGrid .cell").queryAll().stream().map(Label.class::cast)
                .filter(l -> "1".equals(l.getText())).findFirst().orElseThrow();
        Paint positive = fill(second);
        assertNotEquals(negative, positive, "blue for negative weights, red for positive ones");

        robot.interact(() -> grid.show(1, 2, (r, c) -> new ValueGrid.Cell("2", "positive")));
        assertEquals("2", first.getText(), "the same label, given a new value");
        assertEquals(positive, fill(first));
        assertEquals(classes, first.getStyleClass());
        assertEquals("positive", grid.look(0, 0));
    }

    private static Paint fill(Label l) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            l.applyCss();
            return l.getTextFill();
        }).get(10, TimeUnit.SECONDS);
    }
}
