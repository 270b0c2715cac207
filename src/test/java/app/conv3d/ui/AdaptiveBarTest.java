package app.conv3d.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bar's arrangements, roomiest first, on a scene in no window: only widths matter here. */
@ExtendWith(ApplicationExtension.class)
class AdaptiveBarTest {
    private Button title;
    private Button record;
    private Label size;
    private Label status;
    private Tooltip recordsOwnTip;
    private AdaptiveBar bar;

    @Start
    void start(Stage stage) {
        title = new Button("Conv3D Explorer");
        record = new Button("Record clip\u2026");
        size = new Label("lesson size");
        status = new Label("ready");
        recordsOwnTip = new Tooltip("Record 16 frames from the camera.");
        bar = new AdaptiveBar();
        bar.setSpacing(12);
        record.setTooltip(recordsOwnTip);
        bar.leading().getChildren().addAll(title, record);
        bar.trailing().getChildren().addAll(size, status);
        bar.shortens(size, "size");
        bar.shortens(title, "Conv3D");
        bar.shortens(record, "Record\u2026");
        bar.reserves(status, "ready in 88 ms");
        new Scene(new Pane(bar), 2000, 200);
    }

    @Test
    void wordsShortenOneAtATimeInTheirOrderThenTheBarTakesTwoRows() throws Exception {
        double full = layOut(3000);
        assertEquals(new AdaptiveBar.Arrangement(false, 0), bar.arrangement());
        assertEquals("lesson size", size.getText());
        double roomy = bar.prefWidth(-1);

        layOut(roomy - 5);
        assertEquals(new AdaptiveBar.Arrangement(false, 1), bar.arrangement(), "the first word goes short first");
        assertEquals("size", size.getText());
        assertEquals("Conv3D Explorer", title.getText());

        layOut(roomy - 150);
        assertTrue(bar.arrangement().shortened() >= 2 || bar.arrangement().twoRows(), "" + bar.arrangement());

        double twoRows = layOut(bar.minWidth(-1));
        assertTrue(bar.arrangement().twoRows(), "at its narrowest the bar takes two rows: " + bar.arrangement());
        assertTrue(twoRows > full * 1.5, "two rows are taller than one: " + twoRows + " vs " + full);
    }

    @Test
    void aShortWordKeepsItsFullWordingForTheEarAndThePointer() throws Exception {
        layOut(3000);
        assertEquals("Record clip\u2026", record.getAccessibleText());
        assertSame(recordsOwnTip, record.getTooltip());
        layOut(bar.minWidth(-1));
        assertEquals("Record\u2026", record.getText());
        assertEquals("Record clip\u2026", record.getAccessibleText());
        assertEquals("Record clip\u2026", record.getTooltip().getText());
        layOut(3000);
        assertEquals("Record clip\u2026", record.getText());
        assertSame(recordsOwnTip, record.getTooltip(), "its own tooltip comes back with its full label");
        assertNull(size.getTooltip());
    }

    @Test
    void aChangingStatusDoesNotRearrangeTheBar() throws Exception {
        double width = layOut(3000) > 0 ? bar.prefWidth(-1) + 2 : 0;
        layOut(width);
        AdaptiveBar.Arrangement before = bar.arrangement();
        WaitForAsyncUtils.asyncFx(() -> status.setText("ready in 12 ms")).get(10, TimeUnit.SECONDS);
        layOut(width);
        assertEquals(before, bar.arrangement());
    }

    /** Lays the bar out at {@code width}; returns its height there. */
    private double layOut(double width) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (int pass = 0; pass < 3; pass++) {
                bar.applyCss();
                double height = bar.prefHeight(width);
                bar.resize(width, height);
                bar.layout();
            }
            return bar.getHeight();
        }).get(10, TimeUnit.SECONDS);
    }
}
